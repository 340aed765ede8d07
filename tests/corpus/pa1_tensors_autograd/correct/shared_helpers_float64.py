"""Helpers defined in early cells and reused later, float64 throughout: the Part 1 cell defines _f64 (a detached float64 copy) and _sq_norms, used by the expansion ||a||^2 - 2 a.b + ||b||^2 (cast back to A's dtype); Part 2 defines _row_top, reused by softmax in Part 3; numerical_gradient uses _f64 and a _unit helper; the Part 5 cell defines _fresh_leaf, reused by value_and_grad in Part 6 and by the plot (float64 grid). No helper Part 1 reaches has a loop: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def _f64(t):
    """A float64 copy of t, cut off from autograd (shared by several parts below)."""
    return torch.as_tensor(t).detach().to(torch.float64).clone()


def _sq_norms(M):
    """Squared Euclidean norm of every row of M."""
    return (M * M).sum(dim=1)


def pairwise_sq_dists(A, B):
    A64, B64 = _f64(A), _f64(B)
    D = _sq_norms(A64)[:, None] - 2.0 * (A64 @ B64.T) + _sq_norms(B64)[None, :]
    return D.clamp_min(0.0).to(A.dtype)
''',
    "log_sum_exp_answer": r'''
def _row_top(z):
    """Row maxima, kept as a column so that they broadcast against the rows."""
    return z.amax(dim=1, keepdim=True)


def log_sum_exp(z):
    z64 = _f64(z)
    top = _row_top(z64)
    return (top[:, 0] + torch.exp(z64 - top).sum(dim=1).log()).to(z.dtype)
''',
    "softmax_answer": r'''
def softmax(z):
    z64 = _f64(z)
    e = torch.exp(z64 - _row_top(z64))
    return (e / e.sum(dim=1, keepdim=True)).to(z.dtype)
''',
    "numerical_gradient_answer": r'''
def _unit(n, i, dtype):
    """The i-th standard basis vector of length n."""
    e = torch.zeros(n, dtype=dtype)
    e[i] = 1.0
    return e


def numerical_gradient(f, x, eps=1e-6):
    x64 = _f64(x).reshape(-1)
    out = torch.empty_like(x64)
    for i in range(x64.numel()):
        step = eps * _unit(x64.numel(), i, x64.dtype)
        out[i] = (float(f((x64 + step).reshape(x.shape))) - float(f((x64 - step).reshape(x.shape)))) / (2 * eps)
    return out.reshape(x.shape).to(x.dtype)
''',
    "gradient_check_answer": r'''
def _fresh_leaf(x):
    """A float64 leaf holding x's values, with no history and no .grad."""
    return _f64(x).requires_grad_(True)


def gradient_check(f, x, eps=1e-6):
    leaf = _fresh_leaf(x)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = _f64(numerical_gradient(f, _f64(x), eps))
    den = g_auto.norm() + g_num.norm()
    return 0.0 if den.item() == 0.0 else ((g_auto - g_num).norm() / den).item()
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = _fresh_leaf(x)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.to(x.dtype)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
xs = _fresh_leaf(torch.linspace(-3, 3, 181))
ys = wiggle(xs)
ys.sum().backward()
grid, slope = _f64(xs), _f64(xs.grad)
plt.figure(figsize=(7, 4))
plt.plot(grid.numpy(), _f64(ys).numpy(), label="wiggle(x)")
plt.plot(grid.numpy(), slope.numpy(), "--", label="d wiggle / dx (autograd)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative, float64")
plt.legend()
plt.show()
''',
}
