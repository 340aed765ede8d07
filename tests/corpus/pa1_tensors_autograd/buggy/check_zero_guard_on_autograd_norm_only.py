"""ONE slip in gradient_check's 0/0 guard: the student reasons 'the denominator can only be zero if autograd's gradient is zero' and writes `if torch.linalg.norm(g_auto) == 0: return 0.0` BEFORE computing the numerical gradient. When both gradients are zero this is right (0.0), and every self-check passes. But the most common broken backward pass of all -- one that returns zeros (a forgotten return, a detached intermediate, a mask that kills everything) -- is reported as relative error 0.0, 'all good', whatever the true gradient is. Fair: the check is blind to a whole class of wrong gradients, so 'wrong gradient' (6) is lost; right gradients still give ~0 and other wrong ones are measured (right gradient 4 kept): 4 / 10. A grader whose wrong gradients are only scaled or shifted (never zero) cannot see it and gives 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one.

    Args:
        f: differentiable function from a tensor shaped like x to a scalar tensor.
        x: float64 tensor, the point at which to check; not modified.
        eps: step of the central differences.

    Returns:
        Python float: ||g_auto - g_num|| / (||g_auto|| + ||g_num||), or 0.0 if both are zero.
    """
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    if torch.linalg.norm(g_auto) == 0:     # the denominator would be 0: nothing to compare
        return 0.0
    g_num = numerical_gradient(f, x.detach(), eps)
    return float(torch.linalg.norm(g_auto - g_num) / (torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)))
''',
}
