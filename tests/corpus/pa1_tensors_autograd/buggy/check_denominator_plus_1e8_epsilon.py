"""ONE slip in gradient_check, an epsilon in the wrong place: instead of the notebook's rule for the 0/0 case ('define it as 0 when both gradients are 0') the student adds a small constant to the denominator, ||g_auto - g_num|| / (||g_auto|| + ||g_num|| + 1e-8), the 'never divide by zero' habit from CS231n-style code. Both-zero gradients give 0.0 and right gradients give about 0, so the notebook's self-check passes (its gradients have norms of a few units, where 1e-8 changes nothing). But the constant is absolute while the ratio is meant to be scale-free ('A relative error ... does not depend on the scale of f'): for an f whose gradients are of order 1e-9 (the grader's scaled-down case) the denominator is dominated by 1e-8 and a backward pass wrong by a factor of 2 reports about 0.08 instead of 1/3; for gradients of 1e-12 it reports about 1e-4 ('looks fine'). Right gradient (4) kept; wrong gradient (6) lost: 4 / 10. (Not the corpus's check_zero_guard_threshold_1e6, which returns 0.0 below a threshold: here every value is computed, just shrunk by the constant.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    numerator = torch.linalg.norm(g_auto - g_num)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    return float(numerator / (denominator + 1e-8))   # + 1e-8: never divide by zero (both zero -> 0.0)
''',
}
