"""A JAX user, two slips in two parts. (1) numerical_gradient copies JAX's functional update x.at[i].add(eps) as
flat.index_put((idx,), eps_tensor), which like x.at[i].SET replaces the entry by eps instead of adding eps to it
(accumulate=False is index_put's default): each entry is the central difference at a point where x_i was
replaced by +-eps around 0, not around x_i. Shape right, x untouched; values (6) and central difference (4) lost
-> 5 / 15 (as corpus numgrad_sets_entry_to_eps). gradient_check (reference) calls it; the slip costs Part 4
only. (2) The plot takes the derivative with torch.func.grad(lambda g: wiggle(g).mean())(grid), the JAX habit of
differentiating a MEAN loss: every derivative comes out divided by the 200 grid points, a nearly flat curve near
0. Function, labels, legend, title right; derivative (5) lost -> 5 / 10 (as corpus plot_mean_backward)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 5, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    flat = x.detach().clone().reshape(-1)
    out = torch.zeros_like(flat)
    for i in range(flat.numel()):
        idx = (torch.tensor([i]),)
        up = flat.index_put(idx, torch.tensor([eps], dtype=flat.dtype))      # x.at[i].add(eps)
        down = flat.index_put(idx, torch.tensor([-eps], dtype=flat.dtype))   # x.at[i].add(-eps)
        out[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return out.reshape(x.shape)
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
from torch.func import grad

grid = torch.linspace(-3, 3, 200)
values = wiggle(grid)
slope = grad(lambda g: wiggle(g).mean())(grid)     # like jax.grad of a mean loss

plt.plot(grid, values, label="wiggle(x)")
plt.plot(grid, slope, label="wiggle'(x)")
plt.xlabel("x")
plt.ylabel("y")
plt.title("wiggle and its derivative (torch.func.grad)")
plt.legend()
plt.show()
''',
}
