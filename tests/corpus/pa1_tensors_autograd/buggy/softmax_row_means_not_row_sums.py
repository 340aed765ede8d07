"""ONE slip in softmax, R's rowMeans for rowSums: the student shifts each row by its maximum (stable) and then
normalises by the row MEAN of the exponentials, e / e.mean(dim=1, keepdim=True). Every probability is k times
too large: rows sum to k (6 in the self-check) instead of 1. Non-negative, finite for +-1000, argmax preserved,
shift-invariant, shape right, but not the softmax. The notebook's self-check catches it ('each row should sum
to 1'). Values (4) and stable (4: the +-1000 rows come out [1, 1], not [0.5, 0.5]) lost, shape kept: 2 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 2, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.mean(dim=1, keepdim=True)     # rowMeans(e)
''',
}
