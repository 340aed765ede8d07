"""Slower than the reference, with explicit Python loops only where the parts allow them: log_sum_exp and softmax loop over the ROWS (one stable shifted row at a time, written into z.new_empty results); numerical_gradient walks the multi-index of every entry with integer counters (divmod by the sizes of x's dimensions, so any shape, 0-d included, is handled) and nudges two fresh clones; the plot computes the derivative at each of 241 grid points with its own small graph and torch.autograd.grad (241 backward passes instead of one), then draws both curves with labels, legend and title. pairwise_sq_dists stays loop-free (reference broadcast). A (128, 10) batch, an x of dozens of entries and the plot each take well under a second: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    out = z.new_empty(z.shape[0])
    for i in range(z.shape[0]):
        row = z[i]
        top = row.max()
        out[i] = top + torch.log(torch.exp(row - top).sum())
    return out
''',
    "softmax_answer": r'''
def softmax(z):
    out = z.new_empty(z.shape)
    for i in range(z.shape[0]):
        e = torch.exp(z[i] - z[i].max())
        out[i] = e / e.sum()
    return out
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros(x.shape, dtype=x.dtype)
    sizes = list(x.shape)
    total = x.numel()
    k = 0
    while k < total:
        index = []
        rest = k
        for size in reversed(sizes):
            rest, r = divmod(rest, size)
            index.append(r)
        index = tuple(reversed(index))
        plus, minus = x.clone(), x.clone()
        plus[index] += eps
        minus[index] -= eps
        grad[index] = (float(f(plus)) - float(f(minus))) / (2 * eps)
        k += 1
    return grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3.0, 3.0, 241)
values = torch.empty(241)
slope = torch.empty(241)
for i in range(len(grid)):
    point = grid[i].clone().requires_grad_(True)
    y = wiggle(point)
    (d,) = torch.autograd.grad(y, point)
    values[i] = y.detach()
    slope[i] = d

plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x), autograd at each point")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
