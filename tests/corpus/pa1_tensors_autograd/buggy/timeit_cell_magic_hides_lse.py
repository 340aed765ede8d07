"""ONE slip in log_sum_exp: the student put `%%timeit` on the first line of the answer cell to time it. %%timeit runs the cell body inside a timing function, so the `def log_sum_exp` it contains binds a LOCAL name there, and log_sum_exp is never defined in the notebook (the self-check fails with NameError). The body itself would be right. Every criterion of Part 2 lost: 0 / 10; the message should say log_sum_exp is not defined (ideally naming %%timeit). Softmax (reference) does not use it."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
%%timeit
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
}
