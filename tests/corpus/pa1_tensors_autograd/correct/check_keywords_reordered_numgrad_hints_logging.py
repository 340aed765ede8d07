"""Correct, a later part calling an earlier one with keyword arguments in another order: gradient_check (type hints, a logger, an input type check) takes autograd's gradient with torch.autograd.grad on a fresh leaf and the numerical one with numerical_gradient(eps=eps, x=x.detach().clone(), f=f); the relative error uses torch.dist for the numerator and vector norms for the denominator (any shape of x: both flatten), 0.0 when the denominator is exactly 0, returned with .item(). Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import logging
from typing import Callable

_log = logging.getLogger("pa1.gradient_check")


def gradient_check(f: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor, eps: float = 1e-6) -> float:
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    if not torch.is_tensor(x):
        raise TypeError(f"x should be a tensor, got {type(x).__name__}")
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(eps=eps, x=x.detach().clone(), f=f)
    denominator = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    if denominator.item() == 0.0:
        return 0.0
    rel = (torch.dist(g_auto, g_num) / denominator).item()
    _log.debug("gradient_check: relative error %.3g", rel)
    return rel
''',
}
