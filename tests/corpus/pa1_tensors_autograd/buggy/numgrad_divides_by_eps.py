"""numerical_gradient divides the central difference by eps instead of 2 eps: every value twice too large; shape and x kept (15 - 6 - 4 = 5)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / eps
    return grad
''',
}
