"""numerical_gradient switches on x.requires_grad (to compare with autograd later) and leaves it on: the values are right but the caller's x is changed (15 - 2 = 13)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 13, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    x.requires_grad_(True)
    grad = torch.zeros_like(x)
    with torch.no_grad():
        for i in range(x.numel()):
            step = torch.zeros_like(x).reshape(-1)
            step[i] = eps
            step = step.reshape(x.shape)
            grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad
''',
}
