"""log_sum_exp is log(sum(exp(z))) as written: right on ordinary logits, inf for logits near 1000 (10 - 4 = 6)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    return torch.log(torch.exp(z).sum(dim=1))
''',
}
