"""Terse one-liners: pairwise_sq_dists, log_sum_exp, softmax, numerical_gradient and gradient_check are lambdas bound to the names (nested lambdas and walrus assignments for the row maximum, the fresh leaf and the denominator), numerical_gradient a list comprehension over the rows of eps * eye, value_and_grad a one-line def built from lambdas: all loop-free where required and fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
pairwise_sq_dists = lambda A, B: (A[:, None] - B).pow(2).sum(-1)
''',
    "log_sum_exp_answer": r'''
log_sum_exp = lambda z: (lambda m: m[:, 0] + (z - m).exp().sum(1).log())(z.amax(1, keepdim=True))
''',
    "softmax_answer": r'''
softmax = lambda z: (lambda e: e / e.sum(1, keepdim=True))((z - z.amax(1, keepdim=True)).exp())
''',
    "numerical_gradient_answer": r'''
numerical_gradient = lambda f, x, eps=1e-6: torch.tensor(
    [(float(f(x + e)) - float(f(x - e))) / (2 * eps) for e in eps * torch.eye(x.numel(), dtype=x.dtype).reshape(-1, *x.shape)],
    dtype=x.dtype).reshape(x.shape)
''',
    "gradient_check_answer": r'''
gradient_check = lambda f, x, eps=1e-6: (lambda a, n: float((a - n).norm() / d) if (d := a.norm() + n.norm()) > 0 else 0.0)(
    torch.autograd.grad(f(l := x.detach().clone().requires_grad_(True)), l)[0], numerical_gradient(f, x.detach(), eps))
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    return (lambda leaf, out: (out.backward(), (out.item(), leaf.grad))[1])(*(lambda l: (l, f(l)))(x.detach().clone().requires_grad_()))
''',
}
