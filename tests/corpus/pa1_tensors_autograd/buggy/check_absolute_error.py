"""gradient_check returns the absolute error ||g_auto - g_num|| with no denominator: near 0 for a right gradient, but not the relative error of a wrong one (10 - 6 = 4)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    return torch.linalg.norm(leaf.grad - numerical_gradient(f, x.detach(), eps)).item()
''',
}
