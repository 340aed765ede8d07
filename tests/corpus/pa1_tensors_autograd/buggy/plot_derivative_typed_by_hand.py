"""The plot draws the derivative of the notebook's wiggle from a formula typed by hand (2 cos 2x + 0.6 x - 0.5), not from autograd: when the grader changes wiggle the derivative curve is wrong (10 - 5 = 5)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 200)
slope = 2 * torch.cos(2 * grid) + 0.6 * grid - 0.5
plt.plot(grid, wiggle(grid), label="wiggle")
plt.plot(grid, slope, label="derivative")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
