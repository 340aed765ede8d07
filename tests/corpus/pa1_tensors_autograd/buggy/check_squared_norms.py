"""gradient_check uses squared norms (the sums of squares, the square roots forgotten): ||g_auto - g_num||^2 / (||g_auto||^2 + ||g_num||^2). A right gradient still gives ~1e-20 and the 0/0 case is handled, and the notebook's self-check passes (factor 2 gives 1/5 = 0.2, inside (0.1, 1)), but the relative error of a wrong gradient is not the one asked for. Wrong gradient (6) lost: 4 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 4, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    top = ((g_auto - g_num) ** 2).sum()
    denominator = (g_auto ** 2).sum() + (g_num ** 2).sum()
    if denominator == 0:
        return 0.0
    return float(top / denominator)
''',
}
