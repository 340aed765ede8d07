"""The plot has both curves and labelled axes but no title (10 - 1 = 9)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 9, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
plt.plot(grid.detach(), values.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="derivative")
plt.xlabel("x")
plt.ylabel("value")
plt.legend()
plt.show()
''',
}
