"""ONE slip, in value_and_grad (a helper the plot calls): it returns the output tensor itself (0-d, attached to the graph) as the value instead of a Python float (as corpus vg_value_as_tensor: value 4 lost -> 11 / 15); the gradient (fresh leaf, backward) is right and x untouched. The plot cell calls it ONCE on the whole grid, _, slope = value_and_grad(lambda g: wiggle(g).sum(), grid), and uses only the gradient, which is autograd's derivative at every grid point; both curves, labels, title, legend. The slip does not change anything the plot uses: plot 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 11, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value, leaf.grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, dtype=torch.float64)
_, slope = value_and_grad(lambda g: wiggle(g).sum(), grid)     # d/dx_i of the sum = wiggle'(x_i)
values = wiggle(grid)
plt.plot(grid, values.detach(), label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
