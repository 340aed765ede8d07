"""The plot draws only the derivative, not wiggle itself (10 - 3 = 7)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 7, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
wiggle(grid).sum().backward()
slope = grid.grad
plt.plot(grid.detach(), slope)
plt.xlabel("x")
plt.ylabel("derivative")
plt.title("derivative of wiggle")
plt.show()
''',
}
