"""A MATLAB user, three slips in three parts. (1) pairwise_sq_dists is torch.cdist(A, B), the analogue of
MATLAB's pdist2(A, B), whose default metric is the Euclidean distance, NOT its square (the .^2 is forgotten):
loop-free, shape (n, m), but every value is the square root of the one asked for (the self-check's 25 comes back
5): values (8) lost -> 7 / 15 (as corpus dists_not_squared). (2) numerical_gradient translates `for k = 1:N` to
`for k in range(1, N)` and indexes with k directly: entries 1..N-1 are right central differences, but entry 0 is
never computed and stays 0 (x untouched, shape right): values (6) and central difference (4) lost -> 5 / 15 (as
corpus beginner_numgrad_while_off_by_one, the first entry instead of the last). gradient_check (reference) calls
it; by the notebook's rule the slip costs Part 4 only. (3) The plot sets the x label MATLAB-property style,
plt.xlabel = "x" (no call: the x axis has no label; the y label is called properly), both curves, legend, title,
autograd derivative: labels (1) lost -> 9 / 10."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 9, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    return torch.cdist(A, B)          # pdist2(A, B)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    N = x.numel()
    xf = x.detach().clone().reshape(-1)
    g = torch.zeros_like(xf)
    for k in range(1, N):             # for k = 1:N
        e = torch.zeros_like(xf)
        e[k] = eps
        g[k] = (float(f((xf + e).reshape(x.shape))) - float(f((xf - e).reshape(x.shape)))) / (2 * eps)
    return g.reshape(x.shape)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
y = wiggle(grid)
y.sum().backward()
slope = grid.grad

plt.plot(grid.detach(), y.detach(), label="wiggle")
plt.plot(grid.detach(), slope, label="derivative")
plt.xlabel = "x"
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
