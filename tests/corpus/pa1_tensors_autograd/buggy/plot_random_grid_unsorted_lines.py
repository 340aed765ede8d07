"""ONE slip in the plot (a random grid left unsorted). The grid is 198 points drawn uniformly in [-3, 3] from a seeded local generator, plus both ends -3 and 3, made a leaf; values.sum().backward() gives wiggle's autograd derivative at every point, so grid and slope are right pairs and the notebook's self-check passes. But the points are never sorted, and plt.plot joins consecutive points with lines: both 'curves' are scribbles zig-zagging across the whole interval 200 times, in which neither wiggle nor its derivative can be read (markers only, or a sort of the three tensors together, would have drawn them). Labels, legend and title are there. Function (3) and derivative (5) curves lost -> 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 2, "written": None}

ANSWERS = {
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
_gen = torch.Generator().manual_seed(0)
_inner = torch.rand(198, generator=_gen) * 6 - 3
grid = torch.cat([torch.tensor([-3.0, 3.0]), _inner]).requires_grad_(True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative on random points")
plt.legend()
plt.show()
''',
}
