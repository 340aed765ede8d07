"""Junk in softmax (another function with every property a check might test), every other part honest: softmax returns the SPARSEMAX of each row (the Euclidean projection of the logits onto the probability simplex, vectorised with sort, cumsum and gather): non-negative, rows summing to exactly 1, finite for +-1000 logits, invariant to adding a constant to a row, the largest logit getting the largest probability, right shape and dtype, deterministic. But it is not e^z / sum e^z (most entries are exactly 0, the rest linear in z): values (4) and stable (4) lost; as for corpus softmax_fixed_profile_on_argmax (a deterministic function of every row, moving as little as the logits do), the README's substance rule leaves it the shape (2): 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 2, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise probabilities: each row of logits projected onto the probability simplex."""
    zs, _ = torch.sort(z, dim=1, descending=True)
    k = torch.arange(1, z.shape[1] + 1, dtype=z.dtype)
    cumulative = zs.cumsum(dim=1) - 1
    support = (zs - cumulative / k) > 0
    k_z = support.sum(dim=1, keepdim=True)
    tau = cumulative.gather(1, k_z - 1) / k_z.to(z.dtype)
    return torch.clamp(z - tau, min=0)
''',
}
