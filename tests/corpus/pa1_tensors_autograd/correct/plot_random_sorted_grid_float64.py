"""Correct, an irregular grid: the plot uses 300 points in [-3, 3] drawn at random (a seeded torch.Generator, float64), with both ends -3 and 3 added and the points sorted, so the curves are drawn left to right; the grid is made a leaf with requires_grad_() after sorting. wiggle is evaluated once, values.backward(torch.ones_like(values)) gives every derivative wiggle'(x_i) in grid.grad (each value depends on its own point only), and both curves are drawn with axis labels, a legend and a title. Nothing requires an evenly spaced grid: the grader checks the points drawn against the function. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'plot_derivative_answer': '''
# A Monte-Carlo grid: 298 random points in (-3, 3) plus both ends, sorted.
_gen = torch.Generator().manual_seed(2024)
_inner = torch.rand(298, generator=_gen, dtype=torch.float64) * 6.0 - 3.0
grid = torch.cat([torch.tensor([-3.0, 3.0], dtype=torch.float64), _inner]).sort().values
grid.requires_grad_(True)

values = wiggle(grid)
values.backward(torch.ones_like(values))
slope = grid.grad

xs = grid.detach().numpy()
plt.plot(xs, values.detach().numpy(), label="wiggle(x)")
plt.plot(xs, slope.numpy(), label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative on a random grid")
plt.legend()
plt.show()
''',
}
