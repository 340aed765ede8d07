"""pairwise_sq_dists as ONE matrix product of augmented matrices: rows [||a||^2, 1, -2a] times rows [1, ||b||^2, b] give ||a||^2 + ||b||^2 - 2 a.b, clamped at 0 (float32 rounding); numerical_gradient maps a functools.partial of a per-entry helper over range(x.numel()) (loops are allowed in Part 4), each step built with torch.nn.functional.one_hot cast to x's dtype, the list of slopes turned back into a tensor of x's shape. Fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    n, m = A.shape[0], B.shape[0]
    left = torch.cat([(A * A).sum(dim=1, keepdim=True), A.new_ones(n, 1), -2.0 * A], dim=1)    # (n, d + 2)
    right = torch.cat([B.new_ones(m, 1), (B * B).sum(dim=1, keepdim=True), B], dim=1)          # (m, d + 2)
    return (left @ right.T).clamp_min(0.0)
''',
'numerical_gradient_answer': '''
from functools import partial
import torch.nn.functional as F


def _slope(f, x, eps, i):
    step = eps * F.one_hot(torch.tensor(i), x.numel()).to(x.dtype).view(x.shape)
    return (float(f(x + step)) - float(f(x - step))) / (2 * eps)


def numerical_gradient(f, x, eps=1e-6):
    x = x.detach()
    slopes = list(map(partial(_slope, f, x, eps), range(x.numel())))
    return torch.tensor(slopes, dtype=x.dtype).view(x.shape)
'''}
