"""Two parts unfinished or wrong, and two later parts that call earlier functions and are right. (1) pairwise_sq_dists stacks one broadcast row per point of A in a list comprehension (as corpus dists_row_loop_stack: no loops lost -> 11 / 15). (2) numerical_gradient is left as the template stub: 0 / 15. gradient_check is right and calls it with keyword arguments, numerical_gradient(f=f, x=x.detach(), eps=eps); the grader swaps its own numerical_gradient in while Part 5 runs: 10 / 10. value_and_grad is right (fresh leaf, torch.autograd.grad), and the plot calls it at each of 121 points of a float64 grid with keyword arguments, value_and_grad(f=wiggle, x=point): autograd's derivative, both curves, labels, title: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    rows = [((a[None, :] - B) ** 2).sum(dim=1) for a in A]
    return torch.stack(rows)
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
    g_num = numerical_gradient(f=f, x=x.detach(), eps=eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    (grad,) = torch.autograd.grad(out, leaf)
    return out.item(), grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 121, dtype=torch.float64)
slope = torch.stack([value_and_grad(f=wiggle, x=point.clone())[1] for point in grid])
values = wiggle(grid)
plt.plot(grid, values, label="wiggle")
plt.plot(grid, slope, label="derivative (my value_and_grad)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
