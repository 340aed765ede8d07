"""Partial work: numerical_gradient is left as the template stub (raise NotImplementedError()), but gradient_check is written correctly and, as the hint says, calls numerical_gradient for the finite-difference side. The notebook: 'a mistake in one function costs points in that part only', and the grader swaps in its reference numerical_gradient while Part 5 is probed, so gradient_check keeps 10 / 10. numerical_gradient 0 / 15 (the message: not written yet)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'gradient_check_answer': r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    top = torch.linalg.norm(g_auto - g_num)
    bottom = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    return 0.0 if bottom == 0 else float(top / bottom)
''',
}
