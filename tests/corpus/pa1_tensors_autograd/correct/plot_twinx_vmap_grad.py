"""The derivative from torch.func (vmap of grad of wiggle, one scalar derivative per grid point), drawn on a second y axis made with ax.twinx(); the x label and the left y label on the first axes, the right y label on the twin, the title on the first axes: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
grid = torch.linspace(-3, 3, 241)
values = wiggle(grid)
slope = torch.func.vmap(torch.func.grad(wiggle))(grid)   # autograd, one point at a time, batched

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.numpy(), values.detach().numpy(), color="tab:blue", label="wiggle(x)")
ax.set_xlabel("x")
ax.set_ylabel("wiggle(x)", color="tab:blue")
ax2 = ax.twinx()
ax2.plot(grid.numpy(), slope.detach().numpy(), color="tab:red", linestyle="--", label="wiggle'(x)")
ax2.set_ylabel("derivative", color="tab:red")
ax.set_title("wiggle and its derivative (torch.func.grad)")
fig.legend(loc="upper left")
plt.show()
''',
}
