"""The derivative on the grid from torch.autograd.grad, plotted with the object-oriented API (ax.plot, ax.set(...)), a grid of 301 points: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": '''
grid = torch.linspace(-3.0, 3.0, 301, requires_grad=True)
(slope,) = torch.autograd.grad(wiggle(grid).sum(), grid)
fig, ax = plt.subplots(figsize=(6, 4))
ax.plot(grid.detach().numpy(), wiggle(grid).detach().numpy(), "b-", label="wiggle")
ax.plot(grid.detach().numpy(), slope.numpy(), "r--", label="derivative")
ax.set(xlabel="x", ylabel="y", title="wiggle and wiggle'")
ax.legend()
ax.grid(True)
plt.show()
''',
}
