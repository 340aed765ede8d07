"""Correct, device-agnostic code from a NumPy user: pairwise_sq_dists moves the inputs to NumPy (detach().cpu()),
computes the squared distances by broadcasting with np.subtract.outer-free indexing a[:, None, :] - b[None, :, :]
and np.einsum('ijk,ijk->ij'), and comes back with torch.as_tensor(..., dtype=A.dtype, device=A.device) (no
gradient is needed there). value_and_grad builds its leaf from a NumPy COPY (torch.from_numpy(x...numpy().copy())
.to(x.device).requires_grad_()), so the caller's x, flag and .grad are untouched, and returns float(y) and the
leaf's .grad. The plot makes its grid with np.linspace and turns it into a leaf with torch.from_numpy(...)
.requires_grad_(); both curves, labels, legend, title. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    a = A.detach().cpu().numpy()
    b = B.detach().cpu().numpy()
    diff = a[:, None, :] - b[None, :, :]               # (n, m, d)
    D = np.einsum("ijk,ijk->ij", diff, diff)
    return torch.as_tensor(D, dtype=A.dtype, device=A.device)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    device = x.device
    leaf = torch.from_numpy(x.detach().cpu().numpy().copy()).to(device).requires_grad_()
    y = f(leaf)
    y.backward()
    return float(y), leaf.grad
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
xs = np.linspace(-3, 3, 301)
grid = torch.from_numpy(xs).requires_grad_()
ys = wiggle(grid)
ys.sum().backward()
slope = grid.grad.detach()

plt.figure(figsize=(7, 4))
plt.plot(xs, ys.detach().numpy(), label="wiggle")
plt.plot(xs, slope.numpy(), label="derivative (autograd)")
plt.xlabel("x")
plt.ylabel("wiggle(x), wiggle'(x)")
plt.title("wiggle and its derivative on [-3, 3]")
plt.legend()
plt.grid(True)
plt.show()
''',
}
