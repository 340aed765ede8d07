"""Advanced style, fully correct: value_and_grad with torch.func.vjp (out, vjp_fn = vjp(f, x.detach()); (g,) = vjp_fn(torch.ones_like(out))), the value via out.item(); pairwise_sq_dists by torch.addmm(b2, A, B.T, alpha=-2) plus the column of ||a||^2, clamped at 0. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
from torch.func import vjp

def value_and_grad(f, x):
    out, pullback = vjp(f, x.detach())
    (g,) = pullback(torch.ones_like(out))
    return out.item(), g
''',
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    a2 = A.pow(2).sum(dim=1, keepdim=True)
    b2 = B.pow(2).sum(dim=1)
    return (torch.addmm(b2.expand(A.shape[0], -1), A, B.T, alpha=-2) + a2).clamp_min(0)
''',
}
