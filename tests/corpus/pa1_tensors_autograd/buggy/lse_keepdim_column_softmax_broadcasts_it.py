"""ONE slip, in log_sum_exp (a helper softmax calls): it keeps the (n, 1) column (keepdim=True for the sum, no squeeze at the end), so it returns shape (n, 1) instead of (n,): right, stable numbers, wrong shape (as corpus lse_keepdim_column: shape 2 lost -> 8 / 10). softmax (Part 3) is written as exp(z - log_sum_exp(z)) on top of it: the (n, 1) column broadcasts against (n, k) exactly as a shifted column should, so softmax's values are right for every (n, k) and every logit size. The slip costs Part 2 only; softmax 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax: exp(z - LSE(z)) with my log_sum_exp."""
    return torch.exp(z - log_sum_exp(z))
''',
}
