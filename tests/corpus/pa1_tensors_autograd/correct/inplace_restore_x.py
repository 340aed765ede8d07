"""numerical_gradient nudges the caller's x in place under torch.no_grad() and puts each entry back (x is left as it was), the gradient check divides by a clamped denominator, value_and_grad uses x.detach().requires_grad_(): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat = x.view(-1)
    with torch.no_grad():
        for i in range(flat.numel()):
            original = flat[i].item()
            flat[i] = original + eps
            f_plus = f(x).item()
            flat[i] = original - eps
            f_minus = f(x).item()
            flat[i] = original
            grad.view(-1)[i] = (f_plus - f_minus) / (2 * eps)
    return grad
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    xa = x.detach().clone().requires_grad_(True)
    loss = f(xa)
    loss.backward()
    ga = xa.grad
    gn = numerical_gradient(f, x.detach().clone(), eps=eps)
    rel = torch.norm(ga - gn) / torch.clamp(torch.norm(ga) + torch.norm(gn), min=1e-300)
    return rel.item()
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    z = x.detach().requires_grad_(True)
    out = f(z)
    out.backward()
    return out.item(), z.grad
''',
}
