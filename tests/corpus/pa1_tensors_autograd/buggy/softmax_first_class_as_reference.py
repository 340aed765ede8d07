"""softmax measures every logit against the FIRST class (z - z[:, :1]), the reference-class habit of multinomial logistic regression, instead of the row maximum: the shift cancels, so values are right, and the notebook's self-check passes (its huge rows are all-equal), but a row like [-1000, 1000] gives exp(2000) = inf and inf / inf = NaN. Not 'finite whenever z is': stable (4) lost, 6 / 10. (The grader's huge rows put +1000 first in the row holding +-1000, so only its +-700 row can expose this, when its first sign happens to be negative.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    # as in multinomial logistic regression: every logit measured against the first class
    relative = z - z[:, :1]
    e = torch.exp(relative)
    return e / e.sum(dim=1, keepdim=True)
''',
}
