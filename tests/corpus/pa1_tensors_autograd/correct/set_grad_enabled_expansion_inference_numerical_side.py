"""Correct, grad-mode context managers where no gradient is needed. pairwise_sq_dists uses the expansion the
notebook allows, ||a||^2 - 2 a.b + ||b||^2, inside `with torch.set_grad_enabled(False):` (a habit from
tutorials' evaluation blocks), clamped at 0 against float rounding. numerical_gradient is decorated with
@torch.no_grad() (f is only evaluated, never differentiated) and walks the flat copy with enumerate.
gradient_check gets autograd's side with torch.autograd.grad on a fresh leaf, and the numerical side inside
`with torch.inference_mode():` (inference tensors are fine to subtract and take norms of afterwards); norms of
the flattened gradients, 0.0 when both vanish, a Python float. Every part does what its spec asks: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared distances by the expansion ||a||^2 - 2 a.b + ||b||^2 (one matrix product, no (n, m, d) tensor)."""
    with torch.set_grad_enabled(False):
        sq_a = (A * A).sum(dim=1, keepdim=True)        # (n, 1)
        sq_b = (B * B).sum(dim=1).unsqueeze(0)         # (1, m)
        D = sq_a - 2.0 * (A @ B.T) + sq_b              # (n, m)
        return D.clamp_min(0.0)                        # rounding can give tiny negatives
''',
    "numerical_gradient_answer": r'''
@torch.no_grad()
def numerical_gradient(f, x, eps=1e-6):
    """Central differences, one coordinate at a time, on copies of x."""
    base = x.detach().clone().reshape(-1)
    grad = torch.zeros_like(base)
    for i, _ in enumerate(base):
        up, down = base.clone(), base.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    with torch.inference_mode():               # the finite differences need no graph
        g_num = numerical_gradient(f, x.detach(), eps)
    g_auto, g_num = g_auto.reshape(-1), g_num.reshape(-1)
    denominator = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    if denominator.item() == 0.0:
        return 0.0
    return (torch.linalg.vector_norm(g_auto - g_num) / denominator).item()
''',
}
