"""pairwise_sq_dists fills D with two nested Python loops: right values and shape, but the Python it runs grows with n * m, so the "no loops" criterion is lost (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    D = torch.zeros(A.shape[0], B.shape[0])
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            D[i, j] = ((A[i] - B[j]) ** 2).sum()
    return D
''',
}
