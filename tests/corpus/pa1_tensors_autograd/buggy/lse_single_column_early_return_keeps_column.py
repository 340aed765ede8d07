"""ONE slip in log_sum_exp, in an edge-case shortcut: 'the LSE of a single logit is the logit itself', so for z.shape[1] == 1 the student returns z.clone() early, which is the (n, 1) COLUMN, not the (n,) vector every other input gets (compare corpus correct/recursion_and_early_returns, which returns z[:, 0].clone()). The general branch is the stable max shift, squeezed to (n,). The notebook's self-checks never use one column ((3, 5), (1, 4), (2, 2)). Values right everywhere (the numbers of the column are the LSEs), stable everywhere; the docstring's 'Tensor of shape (n,)' is broken for k = 1: shape (2) lost, 8 / 10. (If the grader never calls it with a single column it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    if z.shape[1] == 1:
        return z.clone()                       # one logit per row: LSE is the logit itself
    top = z.max(dim=1, keepdim=True).values
    return top.squeeze(1) + torch.log(torch.exp(z - top).sum(dim=1))
''',
}
