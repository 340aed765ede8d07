"""Correct, with a call counter kept as a function attribute: pairwise_sq_dists increments pairwise_sq_dists.calls (set to 0 after the def) on every call, a common Python idiom for 'how many times did this run' (the student uses it for the timing exercise); the distances themselves are one broadcast expression, (A.unsqueeze(1) - B.unsqueeze(0)).pow(2).sum(2). Reading its own attribute is not a call: there is no recursion and no loop anywhere, and the Python it runs (3 lines) does not grow with n and m. Fully correct: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

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
    pairwise_sq_dists.calls += 1  # count the calls (for the timing exercise)
    difference = A.unsqueeze(1) - B.unsqueeze(0)  # (n, 1, d) - (1, m, d) -> (n, m, d)
    return difference.pow(2).sum(2)


pairwise_sq_dists.calls = 0
''',
}
