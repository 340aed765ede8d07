"""ONE slip, in the plot: the student copied a tutorial's evaluation block and builds the grid inside
`with torch.inference_mode():` ("we only need to evaluate wiggle on some points"), then, outside the block,
asks for its derivative with grid.requires_grad_(True). An inference tensor can never require grad outside
inference mode: that line raises RuntimeError('Setting requires_grad=True on inference tensor outside
InferenceMode is not allowed.'), so nothing after it runs: no slope, no values, no figure (grid exists, slope
does not). The rest of the cell is the reference recipe with the OO API. Nothing is drawn: 0 / 10. Every other
part is the reference."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 0, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
with torch.inference_mode():                    # evaluation only: no graph needed for the grid
    grid = torch.linspace(-3, 3, 200)

grid.requires_grad_(True)                       # now track it to get the derivative
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

fig, ax = plt.subplots()
ax.plot(grid.detach(), values.detach(), label="wiggle(x)")
ax.plot(grid.detach(), slope, label="wiggle'(x)")
ax.set(xlabel="x", ylabel="y", title="wiggle and its derivative")
ax.legend()
plt.show()
''',
}
