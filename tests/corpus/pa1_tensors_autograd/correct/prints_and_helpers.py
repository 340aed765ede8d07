"""Helper functions and prints inside the answers (a row-max helper shared by log_sum_exp and softmax, a printed relative error), a gradient check with the 0/0 case handled by an if: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": '''
def _row_max(z):
    return z.max(dim=1, keepdim=True).values

def log_sum_exp(z):
    top = _row_max(z)
    total = torch.exp(z - top).sum(dim=1)
    return top[:, 0] + torch.log(total)
''',
    "softmax_answer": '''
def softmax(z):
    weights = torch.exp(z - _row_max(z))
    return weights / weights.sum(1, keepdim=True)
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    x_auto = x.detach().clone()
    x_auto.requires_grad = True
    f(x_auto).backward()
    g_auto = x_auto.grad
    g_num = numerical_gradient(f, x, eps)
    na, nn_, nd = g_auto.norm().item(), g_num.norm().item(), (g_auto - g_num).norm().item()
    if na + nn_ == 0:
        return 0.0
    rel = nd / (na + nn_)
    print(f"relative error: {rel:.3e}")
    return rel
''',
}
