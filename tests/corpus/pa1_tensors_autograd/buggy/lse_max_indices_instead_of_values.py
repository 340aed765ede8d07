"""log_sum_exp takes torch.max(z, dim=1, keepdim=True)[1] -- the argmax INDICES, not the values -- as its shift c. The identity c + log sum exp(z - c) holds for any c, so ordinary logits come out right, but the shift is a small integer: exp(1000 - c) overflows to inf and exp(-1000 - c) underflows to log 0 = -inf. Stable (4) lost: 6."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 6, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    top = torch.max(z, dim=1, keepdim=True)[1]
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
}
