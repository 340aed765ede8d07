"""Property-matching junk in value_and_grad: the value is f(x) as a float (right), but the 'gradient' is 2 f(x) x / ||x||^2, Euler's identity for functions homogeneous of degree 2: for the self-check's f = sum(x^2) it is exactly 2x, so every self-check passes (value 14, gradient 2x, repeatable, x untouched). No derivative is taken: for any other f it is wrong, and adding a constant to f changes it, which no gradient does. Value (4) kept; gradient (6) lost; no side effects (5) not earned (the 'gradient' moves with a constant added to f): 4 / 15, as corpus vg_random_gradient."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 4, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    point = x.detach().clone()
    value = float(f(point))
    norm_sq = float((point ** 2).sum())
    if norm_sq == 0.0:
        return value, torch.zeros_like(point)
    return value, (2.0 * value / norm_sq) * point
''',
}
