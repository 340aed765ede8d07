"""Correct, two autograd habits used right in the plot cell: (1) after wiggle(grid).sum().backward() on a leaf grid of 250 points, the cell keeps slope = grid.grad and then RELEASES the leaf's gradient with grid.grad = None (the set_to_none habit of optimizer.zero_grad). Rebinding the attribute does not touch the tensor slope refers to, unlike grid.grad.zero_() (corpus plot_slope_zeroed_after_reading, which zeroes slope in place): slope still holds wiggle'(x_i) at every point. (2) The function values to draw are recomputed from the detached grid under torch.inference_mode() (no graph needed for drawing); inference tensors convert to arrays like any other. Both curves against the grid, x and y labels, a title, a legend, with the object-oriented API. The derivative is autograd's, wiggle is called (not copied): full marks, 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 250, requires_grad=True)
wiggle(grid).sum().backward()
slope = grid.grad                  # wiggle'(x_i) at every grid point
grid.grad = None                   # release the leaf's gradient (slope keeps its own reference)

with torch.inference_mode():       # values for drawing only: no graph needed
    curve = wiggle(grid.detach())

xs = grid.detach()
fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(xs, curve, label="wiggle(x)")
ax.plot(xs, slope, "--", label="wiggle'(x), autograd")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("wiggle and its derivative from autograd")
ax.legend()
plt.show()
''',
}
