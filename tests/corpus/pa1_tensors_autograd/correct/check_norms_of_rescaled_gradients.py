"""Correct, overflow-proof norms: gradient_check divides both gradients by the largest absolute entry of either before taking any norm (squares of gradients of 1e200 would overflow float64, those of 1e-200 underflow to 0; a common factor cancels in the ratio, so the relative error is exactly the one asked), and returns 0.0 when that largest entry is 0 (both gradients zero). Autograd's side from a fresh leaf and backward(), the numerical side from numerical_gradient(f, x.detach(), eps); torch.linalg.vector_norm flattens any shape. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad.detach()
    g_num = numerical_gradient(f, x.detach(), eps)
    # Rescale first: the factor cancels in the ratio, and no square can overflow or underflow.
    scale = torch.maximum(g_auto.abs().max(), g_num.abs().max())
    if scale == 0:
        return 0.0
    a, b = g_auto / scale, g_num / scale
    norm = torch.linalg.vector_norm
    return float(norm(a - b) / (norm(a) + norm(b)))
''',
}
