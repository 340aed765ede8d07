"""Junk in pairwise_sq_dists (cached values), every other part honest: the function keeps a module-level dict keyed by (n, m, d); the FIRST call for a shape computes the distances honestly by broadcasting, every later call of that shape returns the stored tensor whatever A and B hold. In the notebook the self-check's translation test (same shapes, moved points) passes trivially. Right shape, no loop, deterministic, right on the first call of each shape, but blind to A and B after that: nothing is computed from the given points. 0 / 15 (values lost; shape and no-loops are form, not credited without substance)."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
_DISTANCES = {}


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (cached by shape)."""
    key = (A.shape[0], B.shape[0], A.shape[1])
    if key not in _DISTANCES:
        _DISTANCES[key] = ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=-1)
    return _DISTANCES[key]
''',
}
