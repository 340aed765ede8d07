"""softmax reuses the student's log_sum_exp from Part 2 (exp(z - LSE), float32 rounding of a large LSE included), gradient_check gets autograd's gradient from torch.autograd.functional.jacobian, value_and_grad rebuilds the leaf from x.tolist() under torch.enable_grad(): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": '''
def softmax(z):
    return torch.exp(z - log_sum_exp(z).unsqueeze(1))
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    auto = torch.autograd.functional.jacobian(f, x.detach().clone())
    num = numerical_gradient(f, x, eps)
    scale = torch.linalg.vector_norm(auto) + torch.linalg.vector_norm(num)
    if scale == 0:
        return 0.0
    return float(torch.linalg.vector_norm(auto - num) / scale)
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    with torch.enable_grad():
        t = torch.tensor(x.tolist(), dtype=x.dtype, requires_grad=True)
        result = f(t)
        result.backward()
    return result.item(), t.grad
''',
}
