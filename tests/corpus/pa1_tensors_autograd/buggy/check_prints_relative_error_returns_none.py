"""ONE slip in gradient_check, printing instead of returning (a REPL / MATLAB-without-semicolon habit): the
relative error is computed exactly as asked (fresh leaf + backward, numerical_gradient, ||a - n|| / (||a|| + ||n||),
0 when both are zero) and PRINTED with an f-string, but the function has no return statement, so every call returns
None. A caller gets no number at all: neither the wrong-gradient criterion (6) nor the right-gradient one (4) can be
earned by None. 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        rel = 0.0
    else:
        rel = float(torch.linalg.norm(g_auto - g_num) / denominator)
    print(f"relative error: {rel:.3e}")
''',
}
