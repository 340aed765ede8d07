"""value_and_grad works on the caller's x only through torch.autograd.grad on a detached view, returns the gradient with requires_grad False, and the value via .item() computed under no_grad: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    with torch.no_grad():
        value = f(x).item()
    view = x.detach().requires_grad_()
    grad = torch.autograd.grad(f(view), [view])[0]
    return value, grad.detach()
''',
}
