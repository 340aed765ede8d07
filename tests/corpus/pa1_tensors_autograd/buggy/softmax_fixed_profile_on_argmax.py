"""Junk matching every property a check might test: softmax returns, for each row, a fixed profile (0.7 on the row's largest logit, the remaining 0.3 shared equally by the other k - 1 entries; 1.0 for a single column). Non-negative, each row sums to exactly 1, finite for any logits, the largest logit gets the largest probability, the right shape and dtype, deterministic, and it moves as little as the logits do (it only changes when the argmax does). It depends on the logits only through which one is largest: no exponential, no share e^z / sum e^z. Values (4) and stable (4) lost; as for the earlier hard-max junk (one-hot of the argmax, judged 2 / 10) it is a deterministic function of every row, so the README's substance rule leaves it the shape (2): 2 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'softmax_answer': '''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    n, k = z.shape
    if k == 1:
        return torch.ones_like(z)
    p = torch.full_like(z, 0.3 / (k - 1))
    p.scatter_(1, z.argmax(dim=1, keepdim=True), 0.7)
    return p
''',
}
