"""gradient_check with every norm taken as a root-MEAN-square (torch.sqrt(torch.mean(v ** 2))) instead of the Euclidean norm (a beginner who remembered 'RMS error'): all three norms are scaled by the same 1/sqrt(n), which cancels in the ratio, so the relative error is exactly the one asked; the 0/0 case by an if. Fully correct: 10 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    rms = lambda v: torch.sqrt(torch.mean(v ** 2))
    bottom = rms(g_auto) + rms(g_num)
    if bottom.item() == 0.0:
        return 0.0
    return (rms(g_auto - g_num) / bottom).item()
''',
}
