"""ONE slip in value_and_grad, a float() / .item() that breaks the graph where the gradient is needed: the
student converts the output to a Python float at once (y = f(leaf).item(), as one does with a Keras loss), then,
since backward() needs a tensor, wraps it back, torch.tensor(y, requires_grad=True).backward(). That tensor is a
brand-new leaf with no history: backward() runs without error, but nothing reaches the real leaf, whose .grad
stays None, and None is returned as the gradient. The value is right and the caller's x untouched. The notebook's
self-check stops at 'the gradient should be a tensor'. Value (4) kept; gradient (6) lost; no side effects (5) not
earned, a None gradient has no substance: 4 / 15 (as corpus vg_returns_leaf_not_grad)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 4, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    y = f(leaf).item()                              # the value as a float
    torch.tensor(y, requires_grad=True).backward()  # backward needs a tensor
    return y, leaf.grad
''',
}
