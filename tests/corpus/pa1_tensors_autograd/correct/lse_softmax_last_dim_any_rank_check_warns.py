"""Correct and more general than asked: log_sum_exp and softmax reduce over the LAST dimension of a tensor of any rank (for the (n, k) of the docstring that is each row; a single 1-D row of logits gives a 0-d LSE and a 1-D softmax; a (b, n, k) batch works too), with explicit keepdim shapes and no squeeze that could collapse n = 1 or k = 1 (the shift is indexed away with [..., 0]); softmax's normalisation guards nothing it does not need (after the shift every row sum is at least 1). gradient_check takes a defensive float64 detached copy of x, asserts that autograd's gradient and the numerical one have x's shape, computes the relative error on flattened vectors (0.0 when both are zero), prints the two norms and the error, and warns with warnings.warn when the error is above 1e-4 (the notebook's 'deserves a look'); the warning does not change the float it returns. All three fully correct: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """log(sum(exp(z))) over the last dimension (rows of an (n, k) tensor), stable."""
    top = z.amax(dim=-1, keepdim=True)                       # (..., 1)
    total = torch.exp(z - top).sum(dim=-1, keepdim=True)     # (..., 1), at least 1
    return (top + torch.log(total))[..., 0]                  # (...,): never collapses n = 1
''',
    "softmax_answer": r'''
def softmax(z):
    """Softmax over the last dimension (each row of an (n, k) tensor), stable."""
    e = torch.exp(z - z.amax(dim=-1, keepdim=True))
    return e / e.sum(dim=-1, keepdim=True)
''',
    "gradient_check_answer": r'''
import warnings


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    point = x.detach().to(torch.float64).clone()
    leaf = point.clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.detach()
    g_num = numerical_gradient(f, point.clone(), eps)
    assert g_auto.shape == point.shape and g_num.shape == point.shape, (g_auto.shape, g_num.shape, point.shape)
    a, b = g_auto.reshape(-1), g_num.reshape(-1).to(torch.float64)
    norm_a, norm_b = torch.linalg.vector_norm(a).item(), torch.linalg.vector_norm(b).item()
    error = 0.0 if norm_a + norm_b == 0.0 else torch.linalg.vector_norm(a - b).item() / (norm_a + norm_b)
    print(f"gradient_check: |g_auto| = {norm_a:.4g}, |g_num| = {norm_b:.4g}, relative error = {error:.3g}")
    if error > 1e-4:
        warnings.warn(f"relative error {error:.3g} is above 1e-4: check this gradient")
    return float(error)
''',
}
