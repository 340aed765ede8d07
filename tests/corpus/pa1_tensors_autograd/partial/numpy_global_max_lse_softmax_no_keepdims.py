"""A NumPy user, two slips in two parts, both from NumPy's reduction defaults. (1) log_sum_exp shifts by
z.max() with no dim (np.max(z) reduces over everything): the identity holds for any constant, so ordinary logits
are right and the shape is (n,), but a batch holding both +1000 and -1000 rows shifts the -1000 row by +1000:
exp(-2000) = 0 and its LSE is -inf (the notebook's own [[1000, 1000], [-1000, -1000]] test): stable (4) lost ->
6 / 10. (2) softmax divides by e.sum(axis=1) without keepdims: (n, k) / (n,) broadcasts only when n == k (then
each COLUMN j is divided by row j's sum, wrong) or n == 1; for every other batch, the self-check's (4, 6) too,
it raises a size-mismatch RuntimeError. It never returns a softmax of a general batch: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 0, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    c = z.max()                                    # np.max(z)
    return c + torch.log(torch.exp(z - c).sum(axis=1))
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    e = torch.exp(z - z.max(axis=1, keepdims=True).values)
    return e / e.sum(axis=1)
''',
}
