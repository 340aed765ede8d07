"""ONE slip, in the plot: a 'two y-axes' recipe from a blog. The function is drawn on ax, the derivative on
ax2 = ax.twinx() (its own y-axis on the right), both from the reference autograd recipe, one combined legend
(handles of both axes), title on ax. The labels are set with ax.set(ylabel="wiggle(x)") and
ax2.set(xlabel="x", ylabel="wiggle'(x)"): but a twinx axes has its x-axis hidden (twinx calls
ax2.xaxis.set_visible(False)), so the 'x' label is set on an invisible axis and the figure shows NO x-axis
label; the visible x-axis (ax's) has none. Both curves right, both y-axes labelled, legend, title: the axis
labels criterion (1) lost -> 9 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 9, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

fig, ax = plt.subplots(figsize=(7, 4))
ax2 = ax.twinx()                                   # second y-axis for the derivative
l1 = ax.plot(grid.detach(), values.detach(), color="tab:blue", label="wiggle(x)")
l2 = ax2.plot(grid.detach(), slope, color="tab:orange", label="wiggle'(x)")
ax.set(ylabel="wiggle(x)", title="wiggle and its derivative")
ax2.set(xlabel="x", ylabel="wiggle'(x)")
lines = l1 + l2
ax.legend(lines, [line.get_label() for line in lines], loc="upper left")
plt.show()
''',
}
