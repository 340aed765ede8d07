"""Chatty but correct: the Part 1 cell sets up a `logging` logger writing to stdout; pairwise_sq_dists logs the input shapes and the range of D (reference broadcast); numerical_gradient prints its progress every 5 entries and, the first time it is given an x that is not float64, emits ONE warnings.warn ('finite differences in float32 are not accurate') and goes on in x's dtype as asked; gradient_check logs both norms and the relative error before returning it as a float; value_and_grad logs the value. Printing and warning change no result: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import logging
import sys

log = logging.getLogger("pa1")
if not log.handlers:
    _handler = logging.StreamHandler(sys.stdout)
    _handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
    log.addHandler(_handler)
log.setLevel(logging.INFO)


def pairwise_sq_dists(A, B):
    log.info("pairwise_sq_dists: A %s, B %s", tuple(A.shape), tuple(B.shape))
    D = ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    if D.numel():
        log.info("  D in [%.4g, %.4g]", D.min().item(), D.max().item())
    return D
''',
    "numerical_gradient_answer": r'''
import warnings

_warned_low_precision = False


def numerical_gradient(f, x, eps=1e-6):
    global _warned_low_precision
    if x.dtype != torch.float64 and not _warned_low_precision:
        warnings.warn("finite differences in float32 are not accurate; pass a float64 x")
        _warned_low_precision = True
    grad = torch.zeros(x.shape, dtype=x.dtype)
    n = x.numel()
    for i in range(n):
        step = torch.zeros(n, dtype=x.dtype)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.view(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
        if (i + 1) % 5 == 0 or i + 1 == n:
            print(f"  numerical_gradient: {i + 1}/{n} entries done")
    return grad
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    a, b = torch.linalg.norm(g_auto).item(), torch.linalg.norm(g_num).item()
    rel = 0.0 if a + b == 0 else torch.linalg.norm(g_auto - g_num).item() / (a + b)
    log.info("gradient_check: |g_auto| = %.6g, |g_num| = %.6g, relative error %.3g", a, b, rel)
    return float(rel)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    log.info("value_and_grad: f(x) = %.6g", out.item())
    return out.item(), leaf.grad
''',
}
