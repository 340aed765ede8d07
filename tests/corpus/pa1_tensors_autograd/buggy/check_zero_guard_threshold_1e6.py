"""ONE slip in gradient_check: the 0/0 case is guarded by a THRESHOLD, `if denominator < 1e-6: return 0.0  # both gradients are (numerically) zero`, instead of a test for exactly 0. For gradients of ordinary size nothing changes; but for an f whose gradients are small (f scaled by 1e-8, say: ||g|| of order 1e-8, easily measured by central differences in float64) the check reports 0.0 whatever autograd's gradient is, so a wrong backward pass is never flagged. A relative error is there precisely so that the result does not depend on the scale of f (the notebook's words). A fair grader would scale some f down: wrong gradient (6) lost -> 4 (a grader whose functions all have gradients of order 1 gives 10)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 4, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator < 1e-6:          # both gradients are (numerically) zero
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
