"""numerical_gradient always steps by 1e-6 whatever eps it is given: right for small eps, but the result for eps = 0.3 is the exact gradient, not that central difference (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 11, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    h = 1e-6
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = h
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * h)
    return grad
''',
}
