"""Plot with markers only, no connecting lines: wiggle as small dots from ax.plot(..., linestyle='none', marker='.'), its derivative (values.backward(torch.ones_like(values)) on a float64 grid of 150 points) as ax.scatter crosses; labels and title via ax.set(...), a legend: fully correct, 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 150, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.backward(torch.ones_like(values))
slope = grid.grad

x = grid.detach().numpy()
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(x, values.detach().numpy(), linestyle="none", marker=".", markersize=4, color="tab:blue", label="wiggle(x)")
ax.scatter(x, slope.numpy(), s=12, marker="x", color="tab:orange", label="wiggle'(x) by autograd")
ax.set(xlabel="x", ylabel="value", title="wiggle and its derivative (points)")
ax.legend()
plt.show()
''',
}
