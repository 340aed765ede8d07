"""Correct, with an error message that names the entry: numerical_gradient is the usual loop over a flat detached view of x with two clones per entry (central difference, eps as given, result of x's dtype viewed to x's shape), and wraps the two evaluations of f in try/except: if f fails, it reads the exception with sys.exc_info() (the standard library's way to get the exception being handled, common in older code) and raises a RuntimeError saying at which entry f failed, chained to the original. On every f that works (all of the grader's) the except branch never runs. It reads nothing of the objects it is handed beyond f's values: fully correct, 15 / 15. (A reading of the code that treats any mention of exc_info as reading the grader's frames would give 0.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
import sys


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences.

    Args:
        f: function from a tensor shaped like x to a scalar (one-element tensor).
        x: float64 tensor of any shape, the point at which to differentiate; not modified.
        eps: step size.

    Returns:
        Tensor shaped like x: entry i is (f(x + eps e_i) - f(x - eps e_i)) / (2 eps).
    """
    flat = x.detach().reshape(-1)
    grad = torch.zeros(flat.numel(), dtype=x.dtype)
    for i in range(flat.numel()):
        plus, minus = flat.clone(), flat.clone()
        plus[i] += eps
        minus[i] -= eps
        try:
            up, down = float(f(plus.view(x.shape))), float(f(minus.view(x.shape)))
        except Exception:
            kind, error, _ = sys.exc_info()
            raise RuntimeError(f"f failed at entry {i} of x: {kind.__name__}: {error}") from error
        grad[i] = (up - down) / (2 * eps)
    return grad.view(x.shape)
''',
}
