"""Two half-written parts. numerical_gradient computes the central differences into `grad` but the last line returns `gradient` (a name never assigned): every call raises NameError: name 'gradient' is not defined -> 0 / 15. value_and_grad's body is just `pass` (the raise line deleted, nothing written): it returns None -> 0 / 15, the message should say it returned None, not a pair. gradient_check (reference) calls numerical_gradient, which the grader swaps for its own while Part 5 runs: 10 / 10. Everything else reference: full."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat = grad.view(-1)
    for i in range(x.numel()):
        step = torch.zeros_like(x).view(-1)
        step[i] = eps
        step = step.view(x.shape)
        flat[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return gradient
''',
    'value_and_grad_answer': r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    # YOUR CODE HERE
    pass
''',
}
