"""Random orders handled right. numerical_gradient visits the entries of x in a random order drawn per call from a LOCAL torch.Generator (torch.randperm(n, generator=...)), and writes each central difference to the entry it belongs to (index i, not the loop counter): the order changes nothing. The plot builds a float64 linspace of 181 points, shuffles it with torch.randperm from a local generator (the student wanted to show that each derivative depends on its own point only), takes the derivative of the shuffled leaf with values.sum().backward(), then sorts grid, values and slope with the SAME argsort before storing and drawing them; labels, legend and title. Both right for any input: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    order = torch.randperm(n, generator=torch.Generator().manual_seed(n))
    grad = torch.zeros(n, dtype=x.dtype)
    for i in order.tolist():
        step = torch.zeros(n, dtype=x.dtype)
        step[i] = eps
        step = step.reshape(x.shape)
        grad[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
_gen = torch.Generator().manual_seed(42)
_base = torch.linspace(-3, 3, 181, dtype=torch.float64)
_points = _base[torch.randperm(181, generator=_gen)].clone().requires_grad_(True)
_values = wiggle(_points)
_values.sum().backward()              # each value depends on its own point only

_order = torch.argsort(_points.detach())
grid = _points.detach()[_order]
slope = _points.grad[_order]
values = _values.detach()[_order]

plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x) by autograd")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative (grid shuffled, then sorted back)")
plt.legend()
plt.show()
''',
}
