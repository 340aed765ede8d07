"""value_and_grad switches requires_grad on on the caller's x, takes the gradient with torch.autograd.grad (which leaves .grad alone), then 'puts x back' with x.requires_grad_(False) instead of restoring the flag it had: right for a plain x (the notebook's self-check passes), but an x that already required grad comes back with requires_grad False. Value and gradient right, repeatable; no side effects (5) lost: 10 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    x.requires_grad_(True)
    value = f(x)
    (grad,) = torch.autograd.grad(value, x)
    x.requires_grad_(False)          # put x back as it was
    return value.item(), grad
''',
}
