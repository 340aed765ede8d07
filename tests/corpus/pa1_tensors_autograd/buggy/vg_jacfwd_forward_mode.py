"""ONE slip of method in value_and_grad: the gradient is taken with torch.func.jacfwd(f) (forward-mode AD) on a detached clone, the value with float(f(point)). For f built from torch's own ops this is exact and side-effect free (the notebook's self-check passes: 14.0 and [2, -4, 6]). But the docstring's f is any 'differentiable function from a tensor shaped like x to a scalar tensor', and the notebook itself (Part 5's Doubled) uses such f's written as a torch.autograd.Function with only a backward pass: forward mode cannot go through those and jacfwd raises NotImplementedError('You must implement the jvp function for custom autograd.Function to use it with forward mode AD.'). The hint asks for the fresh-leaf backward() recipe. Every call with such an f raises: 0 / 15. The message must name that error (jacfwd needs a jvp the function lacks; use backward() or torch.autograd.grad), NOT say the function is 'not written yet'."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x.

    Args:
        f: differentiable function from a tensor shaped like x to a scalar tensor.
        x: tensor (float64 here); its values, requires_grad and .grad are left as they were.

    Returns:
        (value, grad): value is f(x) as a Python float, grad is a tensor shaped like x.
    """
    point = x.detach().clone()
    value = float(f(point))
    # forward-mode AD: for a scalar f the Jacobian (1 x numel) is the gradient, returned in x's shape
    grad = torch.func.jacfwd(f)(point)
    return value, grad.reshape(x.shape)
''',
}
