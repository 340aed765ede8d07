"""ONE slip in the plot (integer division). The student wants a grid in hundredths from -3 to 3 and writes torch.arange(-300, 301) // 100 instead of / 100: floor division of an integer tensor gives the integers -3, -2, ..., 3 only, each repeated about 100 times. The grid has 601 points spanning [-3, 3], and slope is wiggle's autograd derivative at each of them, so the notebook's self-check passes; but both 'curves' are polylines through 7 distinct x values, which look nothing like wiggle (sin 2x has period pi) or its derivative. The figure has labels, a legend and a title. Function (3) and derivative (5) curves lost; labels (1) and title (1) kept -> 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 2, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = (torch.arange(-300, 301) // 100).to(torch.float32).requires_grad_(True)   # hundredths from -3 to 3
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
