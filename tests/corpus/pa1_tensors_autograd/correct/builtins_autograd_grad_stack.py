"""Built-ins where the part allows them (torch.logsumexp, torch.softmax), a float64 flat copy with torch.stack for the central differences, torch.autograd.grad for the gradient check, value_and_grad and the plot: fully correct."""
EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}
ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return (A.unsqueeze(1) - B.unsqueeze(0)).pow(2).sum(-1)
''',
    "log_sum_exp_answer": '''
def log_sum_exp(z):
    return torch.logsumexp(z, dim=-1)
''',
    "softmax_answer": '''
def softmax(z):
    return torch.softmax(z, dim=1)
''',
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    flat = x.detach().reshape(-1).clone()
    parts = []
    for i in range(flat.numel()):
        e = torch.zeros_like(flat)
        e[i] = eps
        hi = f((flat + e).view_as(x))
        lo = f((flat - e).view_as(x))
        parts.append((hi - lo).reshape(()) / (2 * eps))
    return torch.stack(parts).reshape(x.shape).detach()
''',
    "gradient_check_answer": '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_()
    (auto,) = torch.autograd.grad(f(leaf), leaf)
    num = numerical_gradient(f, x, eps)
    top = (auto - num).norm()
    bottom = auto.norm() + num.norm()
    return 0.0 if bottom.item() == 0 else (top / bottom).item()
''',
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    leaf = x.detach().requires_grad_(True)
    out = f(leaf)
    (g,) = torch.autograd.grad(out, leaf)
    return float(out), g
''',
    "plot_derivative_answer": '''
grid = torch.linspace(-3, 3, 101, dtype=torch.float64)
pts = grid.clone().requires_grad_(True)
slope = torch.autograd.grad(wiggle(pts).sum(), pts)[0]
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(grid.numpy(), wiggle(grid).numpy(), "-", label="f")
ax.plot(grid.numpy(), slope.numpy(), "--", label="df/dx (autograd)")
ax.set(xlabel="x", ylabel="f(x) and f'(x)", title="wiggle and its slope")
ax.legend()
plt.show()
''',
}
