"""Correct, a Keras habit done right: the plot computes the derivative in "mini-batches" of 50 grid points (like
model.fit(batch_size=50)), calling wiggle on each slice of ONE leaf grid and backward() on each slice's sum,
without any zero_grad between batches. That is right: the slices are disjoint, so each backward adds wiggle'(x_i)
into its own entries of grid.grad only (accumulation over disjoint parts is exactly what .grad's adding is for,
as the notebook says), and every entry is written once. The function values are concatenated from the same
batches. Grid of 200 points on [-3, 3], both curves, labels, legend, title. The gradient check's relative error
is computed with flattened tensors and torch.dist (the Euclidean distance between them). Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    a = leaf.grad.reshape(-1)
    n = numerical_gradient(f, x.detach(), eps).reshape(-1)
    den = a.norm() + n.norm()
    if den.item() == 0.0:
        return 0.0
    return (torch.dist(a, n) / den).item()
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
batch_size = 50
grid = torch.linspace(-3, 3, 200, requires_grad=True)
chunks = []
for start in range(0, grid.numel(), batch_size):      # like model.fit(..., batch_size=50)
    batch = grid[start:start + batch_size]
    out = wiggle(batch)
    out.sum().backward()                               # disjoint slices: each fills its own part of grid.grad
    chunks.append(out.detach())
values = torch.cat(chunks)
slope = grid.grad.clone()

plt.plot(grid.detach(), values, label="wiggle(x)")
plt.plot(grid.detach(), slope, label="wiggle'(x), autograd in batches of 50")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative")
plt.legend()
plt.show()
''',
}
