"""torch.cdist squared, softmax as exp(z - logsumexp), torch.func.grad for the gradient (no leaves at all), numerical gradient over an index tensor from torch.eye: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return torch.cdist(A, B) ** 2
''',
    "softmax_answer": '''
def softmax(z):
    return torch.exp(z - torch.logsumexp(z, dim=1, keepdim=True))
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    directions = torch.eye(n, dtype=x.dtype).reshape(n, *x.shape) * eps
    parts = []
    for d in directions:
        parts.append((f(x + d) - f(x - d)) / (2 * eps))
    return torch.stack([p.reshape(()) for p in parts]).reshape(x.shape)
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    value = f(x.detach()).item()
    gradient = torch.func.grad(f)(x.detach())
    return value, gradient
''',
}
