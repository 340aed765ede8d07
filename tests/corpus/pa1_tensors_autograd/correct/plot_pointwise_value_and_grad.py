"""The plot calls the student's value_and_grad at each of 101 grid points (slow but exact), draws the derivative as scatter points and the function as a line: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 101)
pairs = [value_and_grad(wiggle, t) for t in grid]
heights = [v for v, _ in pairs]
slope = torch.stack([g for _, g in pairs])
plt.plot(grid, heights, label="wiggle")
plt.scatter(grid, slope, s=8, color="orange", label="slope (autograd)")
plt.xlabel("x")
plt.ylabel("value / slope")
plt.title("wiggle with its slope")
plt.legend()
plt.show()
''',
}
