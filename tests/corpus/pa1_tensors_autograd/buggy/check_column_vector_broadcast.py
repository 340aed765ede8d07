"""ONE slip in gradient_check: the student reshapes the numerical gradient to a column, g_num.reshape(-1, 1) ('vectors are columns'), while autograd's stays flat (n,): g_auto - g_num broadcasts silently to an (n, n) matrix of g_i - g_j, whose norm is large even for a right gradient. Both criteria lost (the 0/0 case still gives 0): 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.reshape(-1)
    g_num = numerical_gradient(f, x.detach(), eps).reshape(-1, 1)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
