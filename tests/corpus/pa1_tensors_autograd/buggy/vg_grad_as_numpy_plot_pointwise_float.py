"""ONE slip, in value_and_grad (a helper the plot calls): the gradient is returned as a NumPy array (leaf.grad.numpy()), not the tensor the docstring asks for (as corpus vg_grad_as_numpy: gradient 6 lost -> 9 / 15); the value and the numbers of the gradient are right, x untouched. The plot calls it at each of 150 grid points, float(value_and_grad(wiggle, torch.tensor(p, dtype=torch.float64))[1]), and a 0-d array turns into a float as well as a 0-d tensor would: the plot's data is autograd's derivative, both curves, labels, title. The slip costs Part 6 only: plot 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 9, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad.numpy()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 150, dtype=torch.float64)
slope = torch.tensor([float(value_and_grad(wiggle, torch.tensor(float(p), dtype=torch.float64))[1]) for p in grid],
                     dtype=torch.float64)
values = wiggle(grid)
plt.plot(grid, values, label="wiggle")
plt.plot(grid, slope, label="derivative (autograd, point by point)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
