"""Squared distances by the expansion ||a||^2 - 2 a.b + ||b||^2 with a matrix product and clamp_min(0), torch.logsumexp and torch.softmax built-ins, autograd through torch.autograd.grad: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    sq_a = (A * A).sum(dim=1, keepdim=True)      # (n, 1)
    sq_b = (B * B).sum(dim=1).unsqueeze(0)       # (1, m)
    return (sq_a - 2 * A @ B.T + sq_b).clamp_min(0.0)
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    return torch.logsumexp(z, dim=1)
''',
    "softmax_answer": '''
def softmax(z):
    return torch.softmax(z, dim=1)
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    point = x.detach().clone().requires_grad_(True)
    (analytic,) = torch.autograd.grad(f(point), point)
    numeric = numerical_gradient(f, x.detach().clone(), eps)
    top = (analytic - numeric).norm()
    bottom = analytic.norm() + numeric.norm()
    return 0.0 if bottom.item() == 0 else (top / bottom).item()
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    point = x.detach().clone().requires_grad_(True)
    out = f(point)
    (g,) = torch.autograd.grad(out, point)
    return float(out), g
''',
}
