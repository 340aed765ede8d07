"""Device-agnostic code everywhere, no device or dtype hard-coded: the Part 1 cell picks `device = "cuda" if torch.cuda.is_available() else "cpu"` (the CPU here); pairwise_sq_dists moves B to A's device and to the promoted dtype of the two inputs, and reduces the broadcast difference with einsum; log_sum_exp accumulates the row sums into z.new_zeros(n, 1); numerical_gradient builds its steps with x.new_zeros and writes into torch.zeros_like(x) (contiguous, x's dtype and device); value_and_grad builds the leaf on `device` and returns the gradient .to(x.device, x.dtype). On a CPU-only machine every function computes exactly the reference's numbers: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
device = "cuda" if torch.cuda.is_available() else "cpu"


def pairwise_sq_dists(A, B):
    dtype = torch.promote_types(A.dtype, B.dtype)
    A = A.to(dtype)
    B = B.to(device=A.device, dtype=dtype)
    diff = A.unsqueeze(1) - B.unsqueeze(0)          # (n, m, d)
    return torch.einsum("nmd,nmd->nm", diff, diff)
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    top = z.amax(dim=1, keepdim=True)
    total = z.new_zeros(z.shape[0], 1)
    total += torch.exp(z - top).sum(dim=1, keepdim=True)
    return (top + torch.log(total)).squeeze(1)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x, memory_format=torch.contiguous_format)
    flat_grad = grad.view(-1)
    for i in range(x.numel()):
        step = x.new_zeros(x.numel())
        step[i] = eps
        step = step.view(x.shape)
        flat_grad[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().to(device).clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad.detach().to(x.device, x.dtype)
''',
}
