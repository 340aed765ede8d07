"""Three parts with work missing or wrong; a stub in a part the plot could have used. (1) pairwise_sq_dists loops over the d coordinates in Python (a for loop adding (A[:, None, k] - B[None, :, k]) ** 2): right values and shape, but a loop (as corpus dists_loop_over_features: no loops lost -> 11 / 15). (2) gradient_check returns the ABSOLUTE error ||g_auto - g_num|| (no denominator; as corpus check_absolute_error: 4 / 10). (3) value_and_grad is the template stub: 0 / 15. The plot does NOT use value_and_grad: it takes the derivative itself with torch.autograd.grad on a float64 leaf grid, both curves, labels, title: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    D = torch.zeros(A.shape[0], B.shape[0], dtype=A.dtype)
    for k in range(A.shape[1]):
        D = D + (A[:, None, k] - B[None, :, k]) ** 2
    return D
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_num = numerical_gradient(f, x.detach(), eps)
    return float(torch.linalg.norm(leaf.grad - g_num))
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 180, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
(slope,) = torch.autograd.grad(values.sum(), grid)
plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="derivative")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative (autograd)")
plt.legend()
plt.show()
''',
}
