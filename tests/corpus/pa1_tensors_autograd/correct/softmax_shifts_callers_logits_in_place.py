"""Correct, though it shifts the caller's tensor: softmax subtracts each row's maximum from z IN PLACE (z -= max,
a habit from numpy code) and then exponentiates into a new tensor. The caller's logits come back shifted by
their row maxima, which a softmax cannot tell apart: calling softmax again on the same tensor gives the very same
probabilities (the maxima are now 0, the shift does nothing). Right, stable, right shape, every call: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable: shift each row by its maximum (in place), then normalise."""
    z -= z.max(dim=1, keepdim=True).values
    e = torch.exp(z)
    return e / e.sum(dim=1, keepdim=True)
''',
}
