"""Junk that dodges the no-loop check: pairwise_sq_dists puts the rows of A and of B into NumPy OBJECT arrays (each element a row tensor; a trailing None keeps NumPy from stacking them, then it is sliced off) and 'broadcasts' them: rows_a[:, None] - rows_b[None, :] makes NumPy call Tensor.__sub__ once per PAIR from its C loop, then the squares (one Tensor.__mul__ per pair) are stacked with np.stack and summed. The values and shape are right, and no for / while / comprehension / map appears in the code, but the work is n * m separate tensor operations dispatched one by one from the interpreter: exactly the per-pair Python loop the notebook forbids, hidden in NumPy's object dtype. Fair: values (8) and shape (3) earned, no loops (4) lost: 11 / 15."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    n, m = A.shape[0], B.shape[0]
    rows_a = np.array(A.unbind(0) + (None,), dtype=object)[:-1]    # n row tensors
    rows_b = np.array(B.unbind(0) + (None,), dtype=object)[:-1]    # m row tensors
    diff = rows_a[:, None] - rows_b[None, :]                       # (n, m) objects: a_i - b_j
    squares = np.stack((diff * diff).ravel())                      # (n * m, d)
    return torch.as_tensor(squares.sum(axis=1)).reshape(n, m)
''',
}
