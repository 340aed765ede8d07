"""ONE sign slip in gradient_check: the numerator is ||g_auto + g_num|| instead of ||g_auto - g_num||. For a right backward pass the two gradients are equal, so the 'error' is ||2 g|| / (2 ||g||) = 1 (a right gradient reported as maximally wrong), and a scaled one gives (s + 1) / (s + 1) = 1 too; only the 0/0 case comes out 0.0. Neither criterion holds: right gradient (4) and wrong gradient (6) lost -> 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto + g_num) / denominator)
''',
}
