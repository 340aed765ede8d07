"""ONE slip in the plot: the cell starts with plt.style.use('seaborn'), copied from an old tutorial; the bare 'seaborn' style was removed in matplotlib 3.6 (it is 'seaborn-v0_8' now), so the first line raises OSError and nothing after it runs: no grid, no slope, no figure. The rest of the cell is the reference recipe. 0 / 10, and the message should show the style error."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 0, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
plt.style.use("seaborn")
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
