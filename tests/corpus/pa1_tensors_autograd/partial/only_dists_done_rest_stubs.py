"""Partial notebook: only Part 1 is done (pairwise_sq_dists by the expansion ||a||^2 - 2 a.b + ||b||^2 with a matrix product, clamped at 0); every other answer cell is the template stub left as it is (`raise NotImplementedError()`), the plot cell too (it raises at module level), and the written answer is the template placeholder. Part 1 is graded on its own: 15 / 15; every other part 0 (written 0: the template text is unchanged), each message saying the part is not written yet. Nothing of the stubs may leak into Part 1."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0, "value_and_grad": 0, "plot_derivative": 0, "written": 0}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    sq_a = (A * A).sum(dim=1, keepdim=True)
    sq_b = (B * B).sum(dim=1, keepdim=True).T
    return (sq_a - 2 * A @ B.T + sq_b).clamp_min(0)
''',
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'softmax_answer': r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'gradient_check_answer': r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'plot_derivative_answer': r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
# YOUR CODE HERE
raise NotImplementedError()
''',
    'written': r'''
YOUR ANSWER HERE
''',
}
