"""Correct, a NumPy-course habit: the Part 1 cell starts with `from numpy import *`, and pairwise_sq_dists works in NumPy with the star-imported names: asarray(..., dtype=float64), newaxis broadcasting to (n, m, d), and sum(diff ** 2, axis=-1), which after the star import is numpy.sum (a vectorised reduction over the coordinates, not the builtin walking elements: the builtin sum has no axis argument), returned as torch.from_numpy(...).to(A.dtype). The in-kernel line count does not grow with n, m. The star import shadows the builtins sum, max, min, abs, all, any, bool, round, pow, divmod for the rest of the notebook; no later cell (reference answers, self-checks) is affected. Fully correct: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
from numpy import *   # as in my numerics course


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    a = asarray(A.detach().cpu(), dtype=float64)
    b = asarray(B.detach().cpu(), dtype=float64)
    diff = a[:, newaxis, :] - b[newaxis, :, :]      # (n, m, d)
    D = sum(diff ** 2, axis=-1)                      # numpy.sum over the coordinates
    return torch.from_numpy(D).to(A.dtype)
''',
}
