"""ONE slip in the plot, a property-assignment habit (MATLAB's ax.Title.String = ..., or Keras/pandas attribute
style): the student writes plt.title = "wiggle and its derivative" instead of calling plt.title(...). Nothing
errors: the assignment rebinds the name `title` in the matplotlib.pyplot module to a string, and the figure has
no title. Everything else is right: a 200-point leaf grid, wiggle called, backward on the sum, both curves,
axis labels, legend. Title (1) lost: 9 / 10 (as corpus plot_no_title)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 9, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x) from autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title = "wiggle and its derivative"
plt.legend()
plt.show()
''',
}
