"""ONE bug in gradient_check: the numerator is the difference of the norms | ||g_auto|| - ||g_num|| | instead of the norm of the difference ||g_auto - g_num||. A right gradient gives ~0, and a gradient that is a multiple of the true one (parallel) gives exactly the asked relative error, but a gradient shifted away from the true one is not measured right. The 0/0 case is handled. Wrong gradient (6) lost: 4 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 4, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    n_auto, n_num = torch.linalg.norm(g_auto), torch.linalg.norm(g_num)
    if n_auto + n_num == 0:
        return 0.0
    return float(abs(n_auto - n_num) / (n_auto + n_num))
'''}
