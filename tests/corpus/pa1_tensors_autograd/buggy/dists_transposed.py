"""pairwise_sq_dists broadcasts B against A, returning the (m, n) transpose: the values are right but the shape is not (15 - 3 = 12)."""

EXPECTED = {"pairwise_sq_dists": 12, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return ((B[:, None, :] - A[None, :, :]) ** 2).sum(-1)
''',
}
