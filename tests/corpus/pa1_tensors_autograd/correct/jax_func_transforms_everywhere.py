"""Correct, written by a JAX user who reaches for function transforms instead of leaves and .backward().
value_and_grad is torch.func.grad_and_value(f)(x.detach()) -- note torch.func returns (grad, value), the
REVERSE of jax.value_and_grad, and the student unpacks it in the right order and returns (float(value), grad).
gradient_check uses torch.autograd.grad on a fresh leaf (torch.func.grad refuses custom autograd.Functions
without setup_context, the student notes), and the plot takes every derivative at once with torch.func.vmap(torch.func.grad(wiggle)) over the grid (wiggle
is elementwise, so the per-point grad of a 0-d call is wiggle'(x_i)). Nothing touches the caller's x; the plot
uses autograd (torch.func is autograd's functional front end), calls wiggle, has both curves, labels, legend
and title. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    # torch.func.grad would be the JAX way, but it refuses autograd.Functions without setup_context,
    # and hand-written backward passes are exactly what a gradient check is for: plain autograd here.
    point = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(point), point)
    g_num = numerical_gradient(f, x.detach().clone(), eps)
    top = torch.linalg.vector_norm(g_auto - g_num)
    bottom = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    return 0.0 if float(bottom) == 0.0 else float(top / bottom)
''',
    "value_and_grad_answer": r'''
from torch.func import grad_and_value


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # careful: torch.func.grad_and_value returns (grad, value), jax.value_and_grad returns (value, grad)
    g, v = grad_and_value(f)(x.detach().clone())
    return float(v), g
''',
    "plot_derivative_answer": r'''
# Plot wiggle and its autograd derivative on a grid; keep the grid in `grid` and the derivatives in `slope`.
from torch.func import grad as jgrad, vmap

grid = torch.linspace(-3.0, 3.0, 241)
values = wiggle(grid)
slope = vmap(jgrad(wiggle))(grid)          # d wiggle / dx at every grid point, like jax.vmap(jax.grad(f))

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(grid.numpy(), values.detach().numpy(), label="wiggle(x)")
ax.plot(grid.numpy(), slope.detach().numpy(), "--", label="wiggle'(x) (torch.func.grad + vmap)")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("wiggle and its derivative")
ax.legend()
plt.show()
''',
}
