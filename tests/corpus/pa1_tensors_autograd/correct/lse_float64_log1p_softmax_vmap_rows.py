"""log_sum_exp in float64 with the log1p form: top + log1p(sum_j exp(z_j - top) - 1) (the max term is exactly 1), cast back to z's dtype; softmax written for ONE row (shift by its max, normalise) and mapped over the rows with torch.vmap: both fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    z64 = z.to(torch.float64)
    top = z64.amax(dim=1)
    rest = torch.exp(z64 - top[:, None]).sum(dim=1) - 1.0   # the maximum's own term is exactly 1
    return (top + torch.log1p(rest)).to(z.dtype)
''',
    'softmax_answer': r'''
def _softmax_row(row):
    w = torch.exp(row - row.max())
    return w / w.sum()


def softmax(z):
    return torch.vmap(_softmax_row)(z)
''',
}
