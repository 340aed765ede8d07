"""A weak student with three tutorial idioms misapplied, in three parts.
(1) pairwise_sq_dists uses the expansion ||a||^2 - 2 A B^T + ||b||^2 (allowed) inside
`with torch.autocast("cpu", dtype=torch.bfloat16):` 'for speed': autocast runs the matrix product in bfloat16,
so the cross term is rounded to ~3 digits and the distances are off by up to ~0.1 on unit points (the notebook's D(A, A) has 0.10 on
its diagonal), by several units
on points far from the origin (the notebook's translation check catches it). No loop, shape (n, m), float32
out: values (8) lost -> 7 / 15.
(2) numerical_gradient loops over a hand-made tqdm stand-in progress(range(n), every=10) whose `yield` is
indented under the `if` that prints: it yields only every 10th index (0, 10, 20, ...), so every other entry of
the gradient stays 0. Central formula, step eps, copies, shape: right; values (6) and the central-difference
probe (4, wrong entries at a large step too) lost -> 5 / 15. The reference gradient_check calls it and fails in
the notebook, but each part is graded on its own.
(3) The plot calls ax.legend() right after plt.subplots(), before any curve is drawn: no labelled artist yet,
so the legend is an empty box (matplotlib warns 'No artists with labels found'; ax.get_legend() is a Legend
with no entries, and the later labels never reach it); both curves right, labels, title:
legend (1) lost -> 9 / 10.

Graded as the grader's rubric scores it (numerical_gradient 5 -> 0; plot_derivative 9 -> 10).
"""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    with torch.autocast("cpu", dtype=torch.bfloat16):          # faster matmul
        cross = A @ B.T
        D = (A ** 2).sum(dim=1, keepdim=True) - 2 * cross + (B ** 2).sum(dim=1)
    return D.float().clamp_min(0)
''',
    "numerical_gradient_answer": r'''
def progress(iterable, every=10):
    for k, item in enumerate(iterable):
        if k % every == 0:
            print(f"numerical_gradient: step {k}")
            yield item


def numerical_gradient(f, x, eps=1e-6):
    flat = x.detach().clone().reshape(-1)
    grad = torch.zeros_like(flat)
    for i in progress(range(flat.numel())):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
grid = torch.linspace(-3, 3, 200, requires_grad=True)
values = wiggle(grid)
values.sum().backward()
slope = grid.grad

fig, ax = plt.subplots(figsize=(7, 4))
ax.legend()
ax.plot(grid.detach(), values.detach(), label="wiggle(x)")
ax.plot(grid.detach(), slope, label="wiggle'(x)")
ax.set(xlabel="x", ylabel="y", title="wiggle and its derivative")
plt.show()
''',
}
