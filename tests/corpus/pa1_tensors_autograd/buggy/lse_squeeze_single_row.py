"""ONE slip in log_sum_exp that only shows on an edge size: stable (shift by the row max, keepdim), but the (n, 1) result is returned with a bare .squeeze() instead of .squeeze(1), so a single row of logits (n = 1) gives a 0-d tensor instead of shape (1,). The notebook's (1, 4) check compares with torch.allclose, which broadcasts, so it passes. The spec: 'Tensor of shape (n,)'. Values and stability right everywhere; shape (2) lost: 8 / 10. (If the grader never calls it with one row it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze()
''',
}
