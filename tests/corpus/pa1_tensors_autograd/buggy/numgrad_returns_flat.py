"""numerical_gradient returns a flat vector of x.numel() entries instead of the shape of x: values right, shape lost (15 - 3 = 12)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 12, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    flat = x.reshape(-1)
    grad = torch.zeros(flat.numel(), dtype=x.dtype)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad
''',
}
