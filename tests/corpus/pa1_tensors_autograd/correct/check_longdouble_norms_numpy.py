"""Correct, extended precision for the ratio: gradient_check takes autograd's gradient with torch.autograd.grad on a fresh leaf and the numerical one from numerical_gradient(f, x.detach(), eps), turns both into flat NumPy arrays of dtype np.longdouble (80-bit extended precision on x86), computes the three Euclidean norms there (np.sqrt of sums of squares) and returns float(...) of the quotient, 0.0 when the denominator is 0. Any shape of x (the arrays are flat). Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, x.detach(), eps)
    a = np.asarray(g_auto.detach().reshape(-1).tolist(), dtype=np.longdouble)
    b = np.asarray(g_num.detach().reshape(-1).tolist(), dtype=np.longdouble)
    numerator = np.sqrt(np.sum((a - b) ** 2))
    denominator = np.sqrt(np.sum(a * a)) + np.sqrt(np.sum(b * b))
    if denominator == 0:
        return 0.0
    return float(numerator / denominator)
''',
}
