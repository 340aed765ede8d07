"""Correct, chatty and defensive: pairwise_sq_dists warns (warnings.warn, once per call, no loop) when the (n, m, d) intermediate would exceed 50 million entries and then still broadcasts; numerical_gradient warns when x is not float64 ('rounding errors may swamp the slopes'), computes on a float64 detached copy and casts the result back to x's dtype (so float64 in gives float64 out), prints a progress line every 1,000 entries for x of more than 5,000 entries, and asserts the shape; value_and_grad prints a note when the caller's x itself requires grad (it still uses a fresh leaf, so x, its flag and its .grad are untouched) and returns the gradient detached; the plot prints the grid size and the range of the derivative it found. Printing and warnings change no result: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import warnings

_BIG = 50_000_000


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    n, d = A.shape
    m = B.shape[0]
    if n * m * d > _BIG:
        warnings.warn(f"pairwise_sq_dists: the ({n}, {m}, {d}) intermediate has {n * m * d:,} entries")
    return (A[:, None, :] - B[None, :, :]).pow(2).sum(dim=-1)
''',
    "numerical_gradient_answer": r'''
import warnings


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences, in float64, cast back to x's dtype."""
    if x.dtype != torch.float64:
        warnings.warn(f"numerical_gradient: x is {x.dtype}, not float64; rounding errors may swamp the slopes")
    base = x.detach().to(torch.float64).reshape(-1).clone()
    grad = torch.zeros_like(base)
    total = base.numel()
    for i in range(total):
        up = base.clone()
        down = base.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.reshape(x.shape).to(x.dtype))) - float(f(down.reshape(x.shape).to(x.dtype)))) / (2 * eps)
        if total > 5_000 and (i + 1) % 1_000 == 0:
            print(f"  {i + 1} / {total} entries done")
    grad = grad.reshape(x.shape).to(x.dtype)
    assert grad.shape == x.shape
    return grad
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    if x.requires_grad:
        print("note: x requires grad; working on a fresh copy, x and x.grad are left alone")
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.detach()
''',
    "plot_derivative_answer": r'''
grid = torch.linspace(-3, 3, 181, dtype=torch.float64, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad
print(f"{grid.numel()} grid points; derivative from {slope.min().item():.3f} to {slope.max().item():.3f}")
plt.figure(figsize=(7, 4))
plt.plot(grid.detach(), values.detach(), label="wiggle(x)")
plt.plot(grid.detach(), slope.detach(), label="wiggle'(x) (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its autograd derivative")
plt.legend()
plt.show()
''',
}
