"""numerical_gradient uses the forward difference (f(x + eps e_i) - f(x)) / eps: close enough for a tiny eps, but not the central difference for a large one (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 11, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    fx = float(f(x))
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        grad.reshape(-1)[i] = (float(f(x + step.reshape(x.shape))) - fx) / eps
    return grad
''',
}
