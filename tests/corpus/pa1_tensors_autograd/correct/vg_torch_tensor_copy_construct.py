"""value_and_grad makes its leaf with torch.tensor(x, dtype=x.dtype, requires_grad=True), which copies the data into a brand-new leaf (PyTorch only warns that clone().detach() is preferred when x itself requires grad); the value via float(out): fully correct, the caller's x, flag and .grad untouched."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    """f(x) as a float and its gradient from autograd, on a private copy of x."""
    leaf = torch.tensor(x, dtype=x.dtype, requires_grad=True)   # a fresh copy, a leaf of its own
    out = f(leaf)
    out.backward()
    return float(out), leaf.grad
''',
}
