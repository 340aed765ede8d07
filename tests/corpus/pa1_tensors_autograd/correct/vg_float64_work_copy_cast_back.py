"""Correct, dtype-aware: value_and_grad always differentiates in float64 (a float32 or float16 x is promoted for the computation, an integer x too, which autograd could not differentiate at all), on a brand-new leaf made with x.detach().to(dtype, copy=True).requires_grad_(True), takes the gradient with torch.autograd.grad, and hands the gradient back in x's own dtype when x is floating (a no-op for the float64 x of the spec). The value is float(out.detach()). The caller's x, its flag and its .grad are never touched; repeatable. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'value_and_grad_answer': '''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    floating = x.is_floating_point()
    work = x.dtype if floating and torch.finfo(x.dtype).bits >= 64 else torch.float64
    leaf = x.detach().to(dtype=work, copy=True).requires_grad_(True)
    out = f(leaf)
    (grad,) = torch.autograd.grad(out, leaf)
    if floating:
        grad = grad.to(x.dtype)          # same precision as the x we were given
    return float(out.detach()), grad
''',
}
