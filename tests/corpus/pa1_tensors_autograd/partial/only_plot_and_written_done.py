"""Partial notebook: the student skipped straight to the plot and the written answer: Parts 1-6 are the template stubs (each raises NotImplementedError), the plot cell is right (float64 grid of 180 points, torch.autograd.grad for the derivative, both curves, labels, title, legend) and the written answer is answered. The plot does not use any earlier function (wiggle is the notebook's locked cell), so it is judged on its own: plot 10 / 10, written pending; Parts 1-6 0."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 0, "gradient_check": 0, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    # YOUR CODE HERE
    raise NotImplementedError()
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
xs = torch.linspace(-3, 3, 180, dtype=torch.float64, requires_grad=True)
ys = wiggle(xs)
(dys,) = torch.autograd.grad(ys.sum(), xs)
grid, slope = xs.detach(), dys
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid, ys.detach(), label="wiggle(x)")
ax.plot(grid, slope, "--", label="derivative (autograd)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
    'written': r'''
1. Shifting by c = max z_j multiplies every term by e^{-c} and adds c back outside the log, so the value is the same; after the shift every exponent is <= 0 (no overflow) and the largest term is e^0 = 1, so the sum is >= 1 and its log is finite.

2. A large eps gives truncation error ~eps^2, a tiny eps rounding error ~u|f|/eps (bad in float32); at a kink such as |x| at 0 or relu, a central difference gives a slope that is not a derivative.
''',
}
