"""ONE slip in log_sum_exp, a feature-scaling habit (scikit-learn's MaxAbsScaler, MATLAB's max(abs(z))): the
student shifts each row by its largest ABSOLUTE value, c = max_j |z_j|, instead of max_j z_j. The identity
c + log sum exp(z - c) holds for any c, so every ordinary row is right, and rows whose largest-magnitude entry is
positive too. But for a row of large negative logits, c = +1000 while every z_j - c is about -2000: exp
underflows to 0 and the result is log 0 = -inf (and so does a mixed row like [-500, 1], whose exponents all fall below -100 in float32). The notebook's
self-check catches it on the [-1000, -1000] row. Values right on ordinary logits, shape right; stable (4) lost:
6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    c = z.abs().max(dim=1, keepdim=True).values      # scale by the largest magnitude
    return (c + torch.log(torch.exp(z - c).sum(dim=1, keepdim=True))).squeeze(1)
''',
}
