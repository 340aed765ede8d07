"""Three stubs, each followed by a finished part that is (or could be) built on it. log_sum_exp, numerical_gradient and value_and_grad are left as the template stubs (raise NotImplementedError()): 0 each. softmax is written on its own (shift by the row max with amax, normalise): 10. gradient_check is written as the hint says, calling numerical_gradient for the finite-difference side; the grader swaps its own numerical_gradient in while Part 5 runs: 10. The plot takes its derivative itself with values.backward(torch.ones_like(values)) on a float64 leaf grid: 10. Everything else reference."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    weights = torch.exp(z - torch.amax(z, dim=1, keepdim=True))
    return weights / weights.sum(dim=1, keepdim=True)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    top = torch.linalg.norm(g_auto - g_num)
    bottom = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    return 0.0 if bottom == 0 else (top / bottom).item()
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.backward(torch.ones_like(values))
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="wiggle' (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
