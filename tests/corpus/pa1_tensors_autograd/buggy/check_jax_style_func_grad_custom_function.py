"""ONE slip in gradient_check, a JAX habit: autograd's side is taken with torch.func.grad(f)(x.detach()) (the
analogue of jax.grad), which works for plain differentiable functions but RAISES for an f built on a custom
torch.autograd.Function that only defines forward(ctx, ...) / backward (the classic style): torch.func requires
setup_context. Those hand-written backward passes are exactly what Part 5 says a gradient check is for, and the
notebook's own self-check (the Doubled Function, a backward wrong by a factor 2) raises RuntimeError. On ordinary
f it returns the right relative error (about 1e-10). Right gradient (4) kept, wrong gradient (6) lost: no wrong
custom backward can be measured: 4 / 10.

Graded 0, not 4: every f the grader checks is a torch.autograd.Function (a hand-written backward, right or wrong:
what a gradient check is for), and torch.func.grad refuses each of them, as it refuses the notebook's own Doubled
in the self-check: no call returns a relative error, right gradient or wrong."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
from torch.func import grad as jax_grad


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    point = x.detach().clone()
    g_auto = jax_grad(f)(point)                   # jax.grad(f)(x)
    g_num = numerical_gradient(f, point, eps)
    den = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if den == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / den)
''',
}
