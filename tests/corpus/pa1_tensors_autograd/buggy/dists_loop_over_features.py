"""pairwise_sq_dists sums the squared differences over the d features in a generator
expression: right values and shape, and the Python it runs does not grow with n and m, but
it is a Python loop (over the coordinates), which the notebook rules out ("No Python loops
(for, while, comprehensions)"): the grader's reading of the code finds it, so "no loops" is
lost (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return sum((A[:, k, None] - B[None, :, k]) ** 2 for k in range(A.shape[1]))
''',
}
