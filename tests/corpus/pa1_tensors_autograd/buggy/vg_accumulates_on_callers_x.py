"""value_and_grad turns on requires_grad on the caller's x and returns a copy of x.grad: right the first time, doubled the second (gradients accumulate), and x is changed (15 - 5 = 10)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    x.requires_grad_(True)
    y = f(x)
    y.backward()
    return y.item(), x.grad.clone()
''',
}
