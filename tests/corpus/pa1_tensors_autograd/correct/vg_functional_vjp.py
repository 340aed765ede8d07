"""value_and_grad with torch.autograd.functional.vjp(f, x): it returns f(x) (detached) and the vector-Jacobian product with v = 1, which for a scalar f is the gradient; vjp works on its own detached copy of x, so the caller's x, requires_grad and .grad are untouched. Value via .item(): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    # for a scalar output, v defaults to 1 and the VJP is the gradient
    output, gradient = torch.autograd.functional.vjp(f, x)
    return output.item(), gradient
''',
}
