"""junk: gradient_check wraps its body in try / except Exception: return 0.0, and the body always raises (it calls numerical_gradient with a keyword it does not take), so it reports 0.0 for every f: it cannot tell a wrong gradient from a right one. 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    try:
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_num = numerical_gradient(f, x, step=eps)
        return float((leaf.grad - g_num).norm() / (leaf.grad.norm() + g_num.norm()))
    except Exception:
        return 0.0
''',
}
