"""value_and_grad returns the output tensor itself (0-d, still attached to the graph) as the value instead of a Python float; the number is right, the gradient is right, x untouched. Only the value's type is wrong: the value criterion (4) is lost: 11 of 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 11, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value, leaf.grad
''',
}
