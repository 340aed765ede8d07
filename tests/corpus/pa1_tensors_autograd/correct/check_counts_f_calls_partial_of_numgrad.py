"""Correct, an earlier part wrapped at call time: gradient_check wraps f in a small counter (a closure over a dict) and builds functools.partial(numerical_gradient, counted, eps=eps) INSIDE the call, then applies it to x.detach(); it prints nothing unless the number of f calls is not the 2 numel(x) central differences need (then it warns). Autograd's side from torch.autograd.grad on a fresh leaf; relative error from torch.linalg.vector_norm over the flattened gradients, 0.0 when both are zero. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import functools
import warnings


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    calls = {"n": 0}

    def counted(t):
        calls["n"] += 1
        return f(t)

    central = functools.partial(numerical_gradient, counted, eps=eps)
    g_num = central(x.detach())
    if calls["n"] != 2 * x.numel():
        warnings.warn(f"numerical_gradient called f {calls['n']} times for {x.numel()} entries")

    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    top = torch.linalg.vector_norm(g_auto - g_num)
    bottom = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    return 0.0 if bottom == 0 else float(top / bottom)
''',
}
