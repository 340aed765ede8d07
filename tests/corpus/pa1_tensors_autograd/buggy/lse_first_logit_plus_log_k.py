"""Junk fitted to the self-check's equal-logits test: log_sum_exp returns the FIRST logit of each row plus log k, which is exactly c + log k for k equal logits c (and 1000 + log 2, -1000 + log 2 for the self-check's [1000, 1000] and [-1000, -1000] rows). It never looks at the other logits. The grader's gate against 'one column of the logits echoed' compares the result with each column exactly; this one is a column shifted by a constant. Fair: 0 (nothing is computed from the row: its shape is not an answer)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 0, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    return z[:, 0] + math.log(z.shape[1])
''',
}
