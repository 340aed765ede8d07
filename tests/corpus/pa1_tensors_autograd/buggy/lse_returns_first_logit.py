"""junk: log_sum_exp returns z[:, 0], the first logit of each row, as it is: no exponent, no sum, no log, no maximum; it 'responds' to z only by echoing one column of it (like corpus softmax_returns_logits, which echoes all of z and earns 0). Shape (n,) is form without substance: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    return z[:, 0].clone()
''',
}
