"""ONE slip, in log_sum_exp (a helper softmax calls), visible only for one row of logits: the (n, 1) result is returned with a bare .squeeze(), so a (1, k) input gives a 0-d tensor instead of shape (1,) (as corpus lse_squeeze_single_row: shape 2 lost -> 8 / 10). softmax (Part 3) uses it as exp(z - log_sum_exp(z).view(-1, 1)): .view(-1, 1) turns (n,) and the 0-d result alike into a column, so softmax is right for every (n, k), one row included. The slip costs Part 2 only: softmax 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax: exp(z - LSE(z)) with my log_sum_exp as a column."""
    return torch.exp(z - log_sum_exp(z).view(-1, 1))
''',
}
