"""Distances summed over the d features in a generator (a loop over the coordinates, not over the points, so the work in Python does not grow with n and m), log-sum-exp through the row max of .max(1)[0]: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return sum((A[:, k, None] - B[None, :, k]) ** 2 for k in range(A.shape[1]))
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    biggest = z.max(1)[0]
    shifted = z - biggest.view(-1, 1)
    return biggest + torch.log(torch.sum(torch.exp(shifted), 1))
''',
}
