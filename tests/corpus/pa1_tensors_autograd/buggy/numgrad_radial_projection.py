"""Junk fitted to the self-check: numerical_gradient evaluates f only twice, at x +- eps u with u = x / ||x|| (one direction, along x), and returns that directional central difference times u: the projection of the gradient on x's direction, not the gradient. For the self-check's sum(x^2) (gradient 2x, parallel to x; exact for a quadratic at any eps) and for the one-entry cube (u = 1: exactly the central difference 3.25) every self-check passes. For the grader's functions it is wrong (values and central difference lost), yet it is deterministic, follows f and x and does not change when a constant is added to f, so the README's substance tests pass it and shape (3) + x unchanged (2) would be credited: 5. Fair: 0 / 15 (two evaluations of f, no per-entry differences: shape and an untouched x are form without substance)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    point = x.detach().clone()
    norm = float(point.norm())
    if norm == 0.0:
        return torch.zeros_like(point)
    u = point / norm                                    # one unit direction: along x
    slope = (float(f(point + eps * u)) - float(f(point - eps * u))) / (2 * eps)
    return slope * u
''',
}
