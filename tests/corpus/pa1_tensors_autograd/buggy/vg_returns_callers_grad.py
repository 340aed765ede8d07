"""value_and_grad does the fresh-leaf recipe right but returns x.grad (the caller's) instead of leaf.grad: None for a plain x, and the caller's stale .grad for an x that has one. Value right (4); gradient (6) lost; no side effects: it has no gradient to show substance, so not earned: 4."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), x.grad
''',
}
