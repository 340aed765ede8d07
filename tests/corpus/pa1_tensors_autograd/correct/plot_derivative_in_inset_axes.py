"""Object-oriented matplotlib with an inset: wiggle is drawn on the main axes (x and y labels, title), and its autograd derivative (torch.autograd.grad on the grid) in an inset made with ax.inset_axes, labelled and titled too, one legend listing both lines. Both curves are on the one figure, the derivative is autograd's, the axes are labelled and there is a title: fully correct, 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
(slope,) = torch.autograd.grad(values.sum(), grid)

fig, ax = plt.subplots(figsize=(8, 4.5))
(f_line,) = ax.plot(grid.detach(), values.detach(), color="tab:blue", label="wiggle(x)")
ax.set_xlabel("x")
ax.set_ylabel("wiggle(x)")
ax.set_title("wiggle, and its autograd derivative (inset)")

inset = ax.inset_axes([0.58, 0.52, 0.4, 0.42])    # upper right corner of the main axes
(d_line,) = inset.plot(grid.detach(), slope, color="tab:red", label="wiggle'(x)")
inset.set_xlabel("x", fontsize=8)
inset.set_ylabel("wiggle'(x)", fontsize=8)
inset.set_title("derivative", fontsize=9)
inset.tick_params(labelsize=7)

ax.legend(handles=[f_line, d_line], loc="lower left")
plt.show()
''',
}
