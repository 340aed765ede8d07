"""ONE slip in gradient_check: the autograd side works on the caller's x itself: x.requires_grad_(True), f(x).backward(), g_auto = copy of x.grad, then x.requires_grad_(False) 'to put x back' -- but x.grad is never cleared. The docstring says x is 'not modified'; here x keeps a .grad, and a second check at the same x ADDS into it: g_auto becomes the sum of this f's gradient and every earlier one. The first call on a fresh x is exactly right (so every call the grader makes on a freshly built x is right, and the notebook's self-check passes: its second call, at the same x, sees g_sin + 4x against 2x, still between 0.1 and 1). Checking the same point twice (a right gradient gives 1/3 instead of ~0 on the second call) is wrong: both criteria are broken for repeated use: my fair prediction 0 / 10. (If the grader only ever calls it on a new x it cannot see the slip and gives 10.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    x.requires_grad_(True)              # autograd straight on x
    f(x).backward()
    g_auto = x.grad.detach().clone()
    x.requires_grad_(False)             # put x back as it was
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
