"""The Part 4 answer cell has a SyntaxError (the colon after `for i in range(x.numel())` forgotten), so the cell does not run at all and numerical_gradient is never defined: 0 / 15, the message should name the SyntaxError (or at least say numerical_gradient is not defined). gradient_check is the reference and calls numerical_gradient by name; the grader puts its reference under that name while Part 5 runs, so gradient_check keeps 10 / 10. All other parts full."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel())
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad
''',
}
