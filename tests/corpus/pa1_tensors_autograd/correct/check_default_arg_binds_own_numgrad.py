"""gradient_check takes the student's own numerical_gradient as a default argument bound at definition time, `def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient)` (a habit from 'dependency injection' for testing), and numerical_gradient is the (correct) reference. Autograd's side from a fresh leaf and torch.autograd.grad, the 0/0 case handled: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient):
    """Relative error between autograd and central differences (numgrad can be swapped for tests)."""
    leaf = x.detach().clone().requires_grad_(True)
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numgrad(f, x.detach(), eps)
    den = g_auto.norm() + g_num.norm()
    if den.item() == 0.0:
        return 0.0
    return ((g_auto - g_num).norm() / den).item()
''',
}
