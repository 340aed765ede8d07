"""Correct: the student computes log_sum_exp, softmax and pairwise_sq_dists in float64 internally (a habit from
NumPy, where everything is double) and casts the result back to the input's dtype with .to(z.dtype) /
.to(A.dtype), so a float32 input gives a float32 output and no float64 leaks out. The LSE and softmax are the
stable max-shift forms; the gradient check replaces the `if` for the 0/0 case by torch.where on a mask (no
Python branch on a tensor), returning a Python float. Values, stability, shapes, dtype all right. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    a, b = A.to(torch.float64), B.to(torch.float64)
    diff = a.unsqueeze(1) - b.unsqueeze(0)          # (n, m, d) in double precision
    return diff.square().sum(dim=2).to(A.dtype)
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    z64 = z.to(torch.float64)
    top = z64.amax(dim=1)
    lse = top + torch.log(torch.exp(z64 - top[:, None]).sum(dim=1))
    return lse.to(z.dtype)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    z64 = z.to(torch.float64)
    w = torch.exp(z64 - z64.amax(dim=1, keepdim=True))
    return (w / w.sum(dim=1, keepdim=True)).to(z.dtype)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto, g_num = leaf.grad, numerical_gradient(f, x.detach(), eps)
    num = torch.linalg.vector_norm(g_auto - g_num)
    den = torch.linalg.vector_norm(g_auto) + torch.linalg.vector_norm(g_num)
    zero = den == 0
    rel = torch.where(zero, torch.zeros_like(num), num / torch.where(zero, torch.ones_like(den), den))
    return rel.item()
''',
}
