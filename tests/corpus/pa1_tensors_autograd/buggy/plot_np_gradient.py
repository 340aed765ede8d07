"""The plot's derivative comes from np.gradient on the grid (finite differences of the plotted values), not from autograd: off by up to ~1e-2, so the derivative curve is lost (10 - 5 = 5)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 200)
values = wiggle(grid).numpy()
slope = torch.tensor(np.gradient(values, grid.numpy()))
plt.plot(grid, values, label="wiggle")
plt.plot(grid, slope, label="slope")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its slope")
plt.legend()
plt.show()
''',
}
