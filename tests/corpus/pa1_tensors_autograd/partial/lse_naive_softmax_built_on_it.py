"""ONE bug, in log_sum_exp: it is log(sum(exp(z))) as written (no shift), right on ordinary logits, inf / -inf on +-1000 (as corpus lse_naive_overflow: 6 / 10). softmax is written, as the Part 3 text suggests, in the form exp(z - LSE(z)) with the student's own log_sum_exp, and the notebook warns 'your own from Part 2 is fine, but then a bug there shows up here too': on ordinary logits softmax is right, on huge ones it gets rows of 0 (LSE = inf) or inf/NaN (LSE = -inf). So softmax, by the notebook's own rule, loses stable too: 6 / 10. Values and shape of both kept."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    return torch.log(torch.exp(z).sum(dim=1))
''',
    'softmax_answer': r'''
def softmax(z):
    return torch.exp(z - log_sum_exp(z)[:, None])
''',
}
