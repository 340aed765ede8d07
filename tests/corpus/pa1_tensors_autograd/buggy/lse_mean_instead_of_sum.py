"""log_sum_exp shifts by the row maximum correctly but takes the log of the MEAN of the exponentials (log-mean-exp) instead of their sum: every row is off by exactly -log(k), on ordinary and huge logits alike (finite, but wrong). Values (4) and stable (4) lost, a real function of z of the right shape: 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 2, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    return top.squeeze(1) + torch.log(torch.exp(z - top).mean(dim=1))
''',
}
