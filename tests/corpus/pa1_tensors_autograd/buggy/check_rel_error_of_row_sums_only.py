"""Junk that measures a statistic of the gradients, not the gradients: gradient_check compares only the SUMS of the entries of the two gradients (the directional derivative along the all-ones vector): |sum g_auto - sum g_num| / (|sum g_auto| + |sum g_num|). It is about 0 for a right backward pass and 1 for one that returns zeros, and for a backward scaled by s it even gives |s - 1| / (s + 1), the right relative error; a wrong gradient whose errors cancel in the sum (a shift of +c and -c on different entries) goes unseen, and any other wrong gradient gives another number. It does not compute ||g_auto - g_num||. Predicted by the criteria: wrong gradient (6) lost on the shifted backward, right gradient (4) kept (small for right gradients, large for some wrong ones): 4."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 4, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    a = float(leaf.grad.sum())
    b = float(numerical_gradient(f, x.detach(), eps).sum())
    if a == 0 and b == 0:
        return 0.0
    return abs(a - b) / (abs(a) + abs(b))
''',
}
