"""gradient_check writes norm(g_auto - g_num) / norm(g_auto) + norm(g_num) (the parentheses around the denominator forgotten): for a right gradient it reports about ||g_num||, not 0, and for a wrong one not the relative error. Both criteria lost: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    return float(torch.linalg.norm(g_auto - g_num) / torch.linalg.norm(g_auto) + torch.linalg.norm(g_num))
''',
}
