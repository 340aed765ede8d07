"""gradient_check computes the relative error as written but forgets the docstring's 'or 0.0 if both are zero': for a point where both gradients vanish (e.g. sum(x^2) at x = 0) it returns nan. Right and wrong gradients otherwise handled: the "right gradient" criterion (4) is lost: 6 of 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 6, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x, eps)
    diff = torch.linalg.norm(g_auto - g_num)
    return (diff / (torch.linalg.norm(g_auto) + torch.linalg.norm(g_num))).item()
''',
}
