"""ONE slip in the plot: plt.show() is called right after the two plt.plot calls, and the labels, title and legend come after it. In Jupyter's inline backend plt.show() displays and closes the figure, so plt.xlabel / plt.ylabel / plt.title / plt.legend open a NEW, empty figure and label that one. The curves (autograd derivative) are right but the figure that holds them has no labels and no title: 8 / 10. The messages should point at plt.show() coming before the labels (not at plt.title before plt.figure)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 8, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.show()
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
''',
}
