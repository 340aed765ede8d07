"""Partial work: log_sum_exp is left as the template stub, and softmax is written as exp(z - log_sum_exp(z)[:, None]) on top of it (the Part 3 hint allows it, with the warning that a problem in Part 2 then shows up in Part 3). Every softmax call raises the stub's NotImplementedError, so both parts earn 0. The softmax message should make clear that the NotImplementedError comes from log_sum_exp (which softmax calls), not tell the student that softmax itself is not written."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'softmax_answer': r'''
def softmax(z):
    return torch.exp(z - log_sum_exp(z)[:, None])
''',
}
