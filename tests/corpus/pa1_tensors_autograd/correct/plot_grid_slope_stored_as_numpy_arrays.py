"""Correct, NumPy-first where it does not matter: the plot cell does the autograd work in torch (a leaf grid of
250 points from torch.linspace(-3, 3, 250, requires_grad=True), wiggle(grid), .sum().backward()), and then, as a
NumPy/matplotlib user, converts everything to NumPy arrays before drawing: grid = grid.detach().numpy(),
slope = grid's .grad.numpy(). The derivative is autograd's (the conversion happens after backward), the notebook's
self-check reads grid and slope with torch.as_tensor (NumPy arrays are accepted), and both curves, axis labels,
legend and title are drawn: 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
leaf = torch.linspace(-3, 3, 250, requires_grad=True)
values = wiggle(leaf)
values.sum().backward()

# from here on plain NumPy, as in my matplotlib habits
grid = leaf.detach().numpy()
slope = leaf.grad.numpy()
y = values.detach().numpy()

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid, y, "-", label="wiggle(x)")
ax.plot(grid, slope, "--", label="wiggle'(x) (autograd)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
