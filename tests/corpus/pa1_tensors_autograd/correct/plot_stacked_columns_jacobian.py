"""A float64 grid from torch.arange, the derivative as the diagonal of torch.autograd.functional.jacobian(wiggle, grid), both curves drawn by ONE plt.plot call on a two-column array (matplotlib draws a line per column), legend given as a list of names: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
step = 0.05
grid = torch.arange(-3.0, 3.0 + step / 2, step, dtype=torch.float64)
slope = torch.autograd.functional.jacobian(wiggle, grid).diagonal()   # d wiggle(x_i) / d x_i
both = torch.stack([wiggle(grid), slope], dim=1).detach().numpy()     # shape (121, 2)

plt.figure(figsize=(6, 4))
plt.plot(grid.numpy(), both)
plt.legend(["wiggle", "d wiggle / dx (jacobian diagonal)"])
plt.xlabel("x")
plt.ylabel("y")
plt.title("Function and derivative")
plt.show()
''',
}
