"""Junk in the plot (it skips autograd), every other part honest: the plot cell gets its 'derivative' by calling the student's own Part 4 numerical_gradient on the sum of wiggle over the grid, slope = numerical_gradient(lambda g: wiggle(g).sum(), grid, 1e-6) (central differences, 400 evaluations of wiggle on a float64 grid of 200 points). The curve is wiggle's true derivative to about 1e-8, but not autograd's (Part 7 asks for the derivative 'with autograd (no formula typed by hand)'; the grader's wiggle carries an autograd marker the line lacks). Function curve (3), labels (1) and title (1) are honest work; derivative (5) lost: 5 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, dtype=torch.float64)
slope = numerical_gradient(lambda g: wiggle(g).sum(), grid, 1e-6)   # my Part 4: d/dx_i of the sum
values = wiggle(grid)
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
