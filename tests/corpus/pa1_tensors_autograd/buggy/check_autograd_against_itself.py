"""gradient_check compares autograd's gradient with itself (computed twice) instead of with finite differences: it always reports 0, so it cannot tell a wrong gradient from a right one (0)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 0, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    first = x.detach().clone().requires_grad_(True)
    f(first).backward()
    second = x.detach().clone().requires_grad_(True)
    f(second).backward()
    a, n = first.grad, second.grad
    denominator = torch.linalg.norm(a) + torch.linalg.norm(n)
    return 0.0 if denominator == 0 else float(torch.linalg.norm(a - n) / denominator)
''',
}
