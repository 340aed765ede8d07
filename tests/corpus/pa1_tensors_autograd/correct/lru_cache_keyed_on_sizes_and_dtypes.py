"""Correct, caches keyed safely on sizes and dtypes, never on tensor values. numerical_gradient takes its unit
directions from @functools.lru_cache _basis(n, dtype), the n x n identity of that dtype; the cached tensor is
only READ (eps * basis[i] makes a new tensor), and since it depends only on (n, dtype) a cached answer is right
for every x of that size. The plot cell takes its evaluation points from @lru_cache _points(n) (a plain
linspace on [-3, 3] without requires_grad) and makes a FRESH leaf from it with .clone().requires_grad_() every
time the cell runs, so a re-run with another wiggle starts from an empty .grad. softmax caches nothing. Every
result depends on the call's own arguments: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
import functools


@functools.lru_cache(maxsize=32)
def _basis(n, dtype):
    """The n x n identity (read only: callers never change it in place)."""
    return torch.eye(n, dtype=dtype)


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    n = x.numel()
    basis = _basis(n, x.dtype)
    flat = x.detach().reshape(-1)
    grad = torch.empty(n, dtype=x.dtype)
    for i in range(n):
        step = eps * basis[i]
        grad[i] = (float(f((flat + step).reshape(x.shape))) - float(f((flat - step).reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
import functools


@functools.lru_cache(maxsize=None)
def _points(n):
    return torch.linspace(-3.0, 3.0, n, dtype=torch.float64)


grid = _points(250).clone().requires_grad_(True)     # a fresh leaf on every run of the cell
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
fig, ax = plt.subplots()
ax.plot(grid.detach(), values.detach(), label="wiggle(x)")
ax.plot(grid.detach(), slope, label="wiggle'(x), autograd")
ax.set_xlabel("x")
ax.set_ylabel("value")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
