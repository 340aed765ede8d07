"""One slip shared by two parts, an R habit (an R function returns the value of its last expression): log_sum_exp
and softmax both compute the right, stable expression on their last line (row-max shift with keepdim; squeeze(1)
for LSE, normalisation by the row sum for softmax) but never write `return`, so in Python both return None on every
call. No tensor, no numbers: values, stability and shape are all unearned in each part: log_sum_exp 0 / 10,
softmax 0 / 10. Every other part is the reference."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    e / e.sum(dim=1, keepdim=True)
''',
}
