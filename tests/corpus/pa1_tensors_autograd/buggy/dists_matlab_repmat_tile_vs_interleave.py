"""ONE slip in pairwise_sq_dists, a MATLAB repmat/kron mix-up: the student lays every pair out as a row with A.repeat(m, 1) (TILES A: row k is a_{k mod n}) against B.repeat_interleave(n, 0) (row k is b_{k div n}), sums the squared differences and reshapes to (n, m). Entry (i, j) is then ||a_{(i m + j) mod n} - b_{(i m + j) div n}||^2: for n = m it is exactly the TRANSPOSE (entry (i, j) holds ||a_j - b_i||^2), and for n != m the pairs are scrambled. The notebook's self-check passes: D(A, A) is square, its transpose is itself (zero diagonal, symmetric), the (0,0)-(3,4) pair is 1 x 1, and the translation check compares the function with itself. For one point against several, or several against one, it is right. Values (8) lost on the grader's (5, 3) and (4, 7) cases; shape (n, m) right; no loop: 7 / 15. Note: the result's flat (row-major) values are exactly those of D.T (shape (m, n)) read row by row, i.e. D.T.reshape(n, m) -- a grader that accepts 'the values of B against A' by comparing FLAT values with want.T (ignoring the returned shape) takes this scrambled (n, m) matrix for a right one."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    n, m = A.shape[0], B.shape[0]
    # one row per pair, like repmat / kron in MATLAB
    A_rows = A.repeat(m, 1)                   # (n*m, d)
    B_rows = B.repeat_interleave(n, dim=0)    # (n*m, d)
    return ((A_rows - B_rows) ** 2).sum(dim=1).reshape(n, m)
''',
}
