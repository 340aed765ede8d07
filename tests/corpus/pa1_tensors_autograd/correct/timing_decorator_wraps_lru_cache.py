"""Decorators: the Part 1 cell defines a `timed` decorator (functools.wraps, time.perf_counter, prints the elapsed milliseconds) and applies it to pairwise_sq_dists (reference broadcast); the Part 4 cell memoises a pure-number helper with @functools.lru_cache (_denominator(eps) = 2 * eps) and decorates numerical_gradient with the same @timed. The wrapper has no loop and passes arguments and results through unchanged: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import functools
import time


def timed(fn):
    """Print how long each call of fn takes."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} took {1000 * (time.perf_counter() - start):.3f} ms")
        return result
    return wrapper


@timed
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    difference = A[:, None, :] - B[None, :, :]
    return (difference ** 2).sum(dim=-1)
''',
    "numerical_gradient_answer": r'''
@functools.lru_cache(maxsize=None)
def _denominator(eps: float) -> float:
    """2 * eps (cached: it is the same for every entry)."""
    return 2.0 * eps


@timed
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / _denominator(eps)
    return grad
''',
}
