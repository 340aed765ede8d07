"""ONE slip in pairwise_sq_dists, reshape vs transpose (a MATLAB/NumPy habit of treating reshape as a free
transpose): the student broadcasts the sets the other way round, B[:, None, :] - A[None, :, :], which gives the
(m, n) matrix of ||b_j - a_i||^2, and then "fixes the shape" with .reshape(n, m) instead of .T. The result has the
right shape, but reshape re-reads the same row-major values: entry (i, j) is ||a_{k mod n} - b_{k div n}||^2
with k = i m + j. For n = m this is exactly the transpose of D, so D(A, A) (symmetric) and every self-check pass
(the (5, 4) call only checks the shape; the translation check compares the function with itself); with one point
in A or in B it is even right. But for two different sets the distances are wrong or in the wrong places.
Loop-free, shape (n, m) right, values (8) lost: 7 / 15."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    n, m = A.shape[0], B.shape[0]
    diff = B[:, None, :] - A[None, :, :]          # (m, n, d)
    D = (diff ** 2).sum(dim=-1)                   # (m, n)
    return D.reshape(n, m)                        # to (n, m)
''',
}
