"""Correct, at the edge of the spec and with a non-linear axis: the grid has exactly 100 points (the least the notebook allows), torch.linspace(-3, 3, 100, dtype=torch.float64, requires_grad=True); the derivative comes from torch.autograd.grad(ys, grid, grad_outputs=torch.ones_like(ys)); both curves are drawn on one axes whose y scale is 'symlog' (linear near 0, logarithmic beyond +-1: a display choice, the data stay in data coordinates), with a grey axhline at 0, x and y labels, a legend and a title. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'plot_derivative_answer': '''
grid = torch.linspace(-3, 3, 100, dtype=torch.float64, requires_grad=True)   # 100 points: the minimum asked
ys = wiggle(grid)
(slope,) = torch.autograd.grad(ys, grid, grad_outputs=torch.ones_like(ys))

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.detach(), ys.detach(), label="wiggle(x)")
ax.plot(grid.detach(), slope, "--", label="d wiggle / dx (autograd)")
ax.axhline(0.0, color="grey", linewidth=0.5)
ax.set_yscale("symlog", linthresh=1.0)
ax.set_xlabel("x")
ax.set_ylabel("value (symlog scale)")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
