"""log_sum_exp shifts by the row maximum but never adds it back: wrong on every input, though the result is a real function of z of the right shape (10 - 8 = 2)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 2, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    m = z.max(dim=1, keepdim=True).values
    return torch.log(torch.exp(z - m).sum(dim=1))
''',
}
