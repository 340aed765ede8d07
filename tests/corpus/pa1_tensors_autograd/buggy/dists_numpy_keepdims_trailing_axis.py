"""ONE slip in pairwise_sq_dists, a NumPy habit: the student always reduces with keepdims=True (so results
"broadcast back"), and writes ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=-1, keepdims=True) (torch accepts
both NumPy spellings). The distances are all right, but the result has shape (n, m, 1), not the (n, m) matrix the
docstring asks for; D[i, j] is a 1-element vector, and D @ v or D.argmin(dim=1) (nearest neighbours) now
misbehave. The notebook's self-check stops at its shape assert. Values right, loop-free, shape (3) lost:
12 / 15 (as corpus dists_returns_numpy loses the 'tensor of shape (n, m)' criterion)."""

EXPECTED = {"pairwise_sq_dists": 12, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    diff = A[:, None, :] - B[None, :, :]
    return (diff ** 2).sum(axis=-1, keepdims=True)
''',
}
