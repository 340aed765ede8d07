"""Junk that skips the work for most functions: the notebook says 'Autograd is reliable for built-in operations, but any hand-written backward pass can be wrong', so gradient_check returns 0.0 at once unless f is the .apply of a torch.autograd.Function (getattr(f, '__name__', '') == 'apply'), and only then computes the relative error. The self-check's first f is a lambda of built-ins (0.0 is below 1e-6) and its second is Doubled.apply (measured: 1/3), so it passes. But a hand-written backward is just as often wrapped in a lambda or a def (lambda t: MyFn.apply(t) ** 2, a layer's forward calling MyFn.apply): for those a wrong gradient is reported as 0.0 without any comparison. Fair: 'wrong gradient' (6) lost (it measures nothing for most functions), right gradient kept: 4 / 10. A grader whose every f is a bare Function.apply cannot see it and gives 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    if getattr(f, "__name__", "") != "apply":
        return 0.0          # built-in operations: autograd is reliable, nothing to check
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    den = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if den == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / den)
''',
}
