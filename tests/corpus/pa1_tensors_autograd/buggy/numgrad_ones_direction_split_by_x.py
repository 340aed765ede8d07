"""Junk that evades the 'across x' test: numerical_gradient evaluates f only twice, at x + eps 1 and x - eps 1 (ALL entries moved together, along the all-ones direction), and spreads that one directional central difference D over the entries in proportion to x: grad_i = D x_i / sum_j x_j. No per-entry difference quotient is ever taken: it is no gradient (for the notebook's sum(x^2) it is not even 2x). Yet it follows f and x, is deterministic, differs from entry to entry, does not change when a constant is added to f, and DOES change when f gets a term g . x with g orthogonal to x (g is not orthogonal to the all-ones direction), so the README's substance tests all pass it. Fair: 0 / 15 (values and central difference lost; shape and 'x unchanged' are form without substance, as for corpus numgrad_radial_projection)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    base = x.detach().clone()
    ones = torch.ones_like(base)
    along = (float(f(base + eps * ones)) - float(f(base - eps * ones))) / (2 * eps)
    weights = base / base.sum()
    return along * weights
''',
}
