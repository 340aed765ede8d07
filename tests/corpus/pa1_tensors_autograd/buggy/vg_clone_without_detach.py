"""value_and_grad makes its leaf with x.clone().requires_grad_(True), forgetting .detach(): for a plain x this is a fresh leaf and all is right, but for an x that already requires grad the clone is not a leaf, so backward() adds into the caller's x.grad and the returned gradient is None. Value and gradient right on plain x; no side effects lost (15 - 5 = 10)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 10, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
''',
}
