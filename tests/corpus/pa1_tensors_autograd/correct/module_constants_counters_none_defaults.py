"""Correct, module-level constants and bookkeeping that never reaches a result. UPPER_CASE constants (ROW_AXIS,
GRID_RANGE, GRID_POINTS) are only read. pairwise_sq_dists counts its calls in a module-level dict CALLS (the
count is never used in the computation). gradient_check takes an optional log list with the safe idiom
`log=None` then `log = [] if log is None else log`, appending the error it returns (a fresh list when none is
given, so nothing accumulates across calls). value_and_grad keeps `value_and_grad.calls` on the function object
(bookkeeping only). The plot cell defines derivative_on_grid(fn, lo, hi, n), which makes a NEW leaf grid on
every call and differentiates fn with torch.autograd.grad, and calls it with wiggle: re-running the cell with
another wiggle gives that wiggle's derivative. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
ROW_AXIS = 1
CALLS = {"pairwise_sq_dists": 0}


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    CALLS["pairwise_sq_dists"] += 1
    return ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6, log=None):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    log = [] if log is None else log
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    error = 0.0 if denominator == 0 else float(torch.linalg.norm(g_auto - g_num) / denominator)
    log.append(error)
    return error
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    value_and_grad.calls += 1
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad


value_and_grad.calls = 0
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
GRID_RANGE = (-3.0, 3.0)
GRID_POINTS = 240


def derivative_on_grid(fn, lo, hi, n):
    """A fresh leaf grid, fn on it, and fn's derivative at every point, from autograd."""
    xs = torch.linspace(lo, hi, n, dtype=torch.float64, requires_grad=True)
    ys = fn(xs)
    (dys,) = torch.autograd.grad(ys.sum(), xs)
    return xs.detach(), ys.detach(), dys


grid, values, slope = derivative_on_grid(wiggle, *GRID_RANGE, GRID_POINTS)
plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x), autograd")
plt.xlabel("x")
plt.ylabel("value")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
