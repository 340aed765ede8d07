"""value_and_grad zeroes the caller's x.grad before and after its backward pass: repeatable, right for a plain x, but it destroys a .grad the caller had (15 - 5 = 10)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    x.requires_grad_(True)
    x.grad = None
    y = f(x)
    y.backward()
    g = x.grad.clone()
    x.grad = None
    return y.item(), g
''',
}
