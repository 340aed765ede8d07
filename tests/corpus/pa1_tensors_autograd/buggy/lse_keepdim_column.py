"""log_sum_exp keeps the reduced dimension and returns shape (n, 1) instead of (n,): values right, shape lost (10 - 2 = 8)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    m = z.max(dim=1, keepdim=True).values
    return m + torch.log(torch.exp(z - m).sum(dim=1, keepdim=True))
''',
}
