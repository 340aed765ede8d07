"""softmax as exp(z - logsumexp(z)), numerical_gradient from the rows of an identity matrix, value_and_grad with torch.func.grad_and_value: fully correct."""
EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}
ANSWERS = {
    "softmax_answer": '''
def softmax(z):
    return torch.exp(z - torch.logsumexp(z, dim=1, keepdim=True))
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    steps = eps * torch.eye(x.numel(), dtype=x.dtype).reshape(-1, *x.shape)
    diffs = [float(f(x + s)) - float(f(x - s)) for s in steps]
    return (torch.tensor(diffs, dtype=x.dtype) / (2 * eps)).reshape(x.shape)
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    grad, value = torch.func.grad_and_value(f)(x.detach())
    return value.item(), grad
''',
}
