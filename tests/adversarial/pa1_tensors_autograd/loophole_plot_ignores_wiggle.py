"""No tampering at all: the plot cell never calls ``wiggle``. It types the notebook's function
(sin 2x + 0.3 x^2 - 0.5 x) and its derivative by hand, on a grid over [-3, 3], and draws both
with axis labels, a legend and a title; ``grid`` and ``slope`` are right for the notebook's
wiggle, so the self-check passes. The grader replays the cell with another wiggle: neither
curve follows it, and labels and title count only on a figure that shows one of the curves
(form without substance): plot_derivative 0, every other part is the reference."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10,
            "value_and_grad": 15, "plot_derivative": 0, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 200)
values = torch.sin(2 * grid) + 0.3 * grid ** 2 - 0.5 * grid
slope = 2 * torch.cos(2 * grid) + 0.6 * grid - 0.5
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
