"""pairwise_sq_dists broadcasts one row of A at a time in a list comprehension and stacks the rows: right values and shape, but it loops over the points (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return torch.stack([((a - B) ** 2).sum(dim=1) for a in A])
''',
}
