"""The plot cell starts with plt.ion() and a stray plt.figure() left over from an earlier attempt (an empty figure), then draws on fig, ax = plt.subplots(...): the reference autograd derivative, both curves, ax.set(xlabel=..., ylabel=..., title=...), a legend, fig.tight_layout(), and NO plt.show() (Jupyter's inline backend shows every figure at the end of the cell). The empty extra figure costs nothing: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
plt.ion()
plt.figure()  # (left over from my first try)

grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

fig, ax = plt.subplots(figsize=(8, 4))
ax.plot(grid.detach(), values.detach(), label="wiggle")
ax.plot(grid.detach(), slope, "--", label="slope from autograd")
ax.set(xlabel="x", ylabel="y", title="wiggle and its slope")
ax.legend()
fig.tight_layout()
''',
}
