"""ONE slip in gradient_check: the first line is `x = x.float()` ('autograd wants float32'), so both sides work in single precision; the central differences with eps = 1e-6 in float32 are dominated by rounding (errors of order 1e-7 / 2e-6), so a right gradient reports an error far above 1e-6 and a wrong one is off too. The notebook's hint asks for float64. Both criteria lost: 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    x = x.float()
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
