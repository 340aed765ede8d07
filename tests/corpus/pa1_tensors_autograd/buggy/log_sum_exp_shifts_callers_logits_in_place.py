"""ONE slip in log_sum_exp, an in-place shift of the caller's logits: the student subtracts the row maxima from z
itself (z -= m) before exponentiating, then adds m back. The first call returns the right, stable log-sum-exp,
but the caller's z now holds z - m: a second call on the same tensor finds maxima of 0 and returns the
log-sum-exp of the shifted logits, lse(z) - m, not lse(z) (and any later use of z by the caller sees other
numbers). Unlike a softmax, a log-sum-exp is not blind to the shift. Stable (4) and shape (2) kept; values (4)
lost: the same call on the same tensor does not give the same result twice -> 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable: shift by the row maximum, add it back at the end."""
    m = z.max(dim=1, keepdim=True).values
    z -= m
    return (m + torch.log(torch.exp(z).sum(dim=1, keepdim=True))).squeeze(1)
''',
}
