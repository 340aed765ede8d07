"""torch.no_grad where no gradient is needed, autograd switched back on only where it is: pairwise_sq_dists and softmax run under `with torch.no_grad():` (distances and probabilities are not differentiated in this notebook); numerical_gradient is decorated with @torch.no_grad() and counts its evaluations of f in an integer counter that it checks against 2 * numel; gradient_check computes autograd's side inside `with torch.enable_grad():` (so it works even when called under no_grad) with torch.autograd.grad, and the relative error with torch.dist; value_and_grad evaluates f on a fresh leaf inside torch.enable_grad(), takes the gradient with torch.autograd.grad, and returns out.detach().item(). Every number is the asked one: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    with torch.no_grad():
        return ((A[:, None, :] - B[None, :, :]) ** 2).sum(dim=2)
''',
    "softmax_answer": r'''
def softmax(z):
    with torch.no_grad():
        e = (z - z.max(dim=1, keepdim=True).values).exp()
        return e / e.sum(dim=1, keepdim=True)
''',
    "numerical_gradient_answer": r'''
@torch.no_grad()
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    grad = torch.zeros(n, dtype=x.dtype)
    evaluations = 0
    for i in range(n):
        plus = x.detach().clone().reshape(-1)
        minus = plus.clone()
        plus[i] += eps
        minus[i] -= eps
        f_plus = f(plus.reshape(x.shape)).item()
        f_minus = f(minus.reshape(x.shape)).item()
        evaluations += 2
        grad[i] = (f_plus - f_minus) / (2 * eps)
    assert evaluations == 2 * n
    return grad.reshape(x.shape)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    with torch.enable_grad():
        leaf = x.detach().clone().requires_grad_(True)
        (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = (g_auto.norm() + g_num.norm()).item()
    if denominator == 0.0:
        return 0.0
    return torch.dist(g_auto, g_num).item() / denominator
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    with torch.enable_grad():
        leaf = x.detach().clone().requires_grad_(True)
        out = f(leaf)
        (grad,) = torch.autograd.grad(out, leaf)
    return out.detach().item(), grad
''',
}
