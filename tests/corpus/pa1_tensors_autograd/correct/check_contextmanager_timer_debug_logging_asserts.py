"""Correct, over-engineered: gradient_check asserts its inputs (callable f, a tensor x, eps > 0: true for every
valid call), times each side inside a homemade contextlib.contextmanager that logs the elapsed time at DEBUG level
(nothing is printed with the default WARNING level), and warns (warnings.warn, RuntimeWarning) when the relative
error exceeds 1e-4, as the notebook suggests ('anything above 1e-4 deserves a look'). The number itself is the
reference recipe: fresh leaf + backward for autograd, numerical_gradient(f, x.detach(), eps) for the other side,
||a - n|| / (||a|| + ||n||), 0.0 when both are zero, returned as a Python float. A warning is not a wrong result:
wrong gradient 6 + right gradient 4 = 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
import contextlib
import logging
import time
import warnings

_log = logging.getLogger("pa1.gradcheck")


@contextlib.contextmanager
def _timed(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        _log.debug("%s took %.2f ms", label, 1000 * (time.perf_counter() - start))


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    assert callable(f), "f must be callable"
    assert isinstance(x, torch.Tensor), f"x must be a tensor, got {type(x).__name__}"
    assert eps > 0, "eps must be positive"
    with _timed("autograd"):
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_auto = leaf.grad.detach()
    with _timed("central differences"):
        g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    rel = float(torch.linalg.norm(g_auto - g_num) / denominator)
    if rel > 1e-4:
        warnings.warn(f"gradient check: relative error {rel:.3g} > 1e-4", RuntimeWarning)
    return rel
''',
}
