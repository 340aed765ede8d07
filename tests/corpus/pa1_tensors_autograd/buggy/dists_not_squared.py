"""pairwise_sq_dists returns the distances (a square root too many): values lost; shape and no loops kept (15 - 8 = 7)."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return torch.sqrt(((A[:, None, :] - B[None, :, :]) ** 2).sum(-1))
''',
}
