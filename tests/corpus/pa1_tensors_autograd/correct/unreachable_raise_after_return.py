"""The template's `raise NotImplementedError()` line is left in softmax and numerical_gradient, but BELOW the return statement (the student typed the code above it): it is unreachable and never runs. Both bodies are correct (max shift and normalise; central differences on clones): fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    # YOUR CODE HERE
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)
    raise NotImplementedError()
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    grad = torch.zeros_like(x)
    flat = grad.reshape(-1)
    for i in range(x.numel()):
        up = x.clone().reshape(-1)
        down = x.clone().reshape(-1)
        up[i] += eps
        down[i] -= eps
        flat[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return flat.reshape(x.shape)
    raise NotImplementedError()
''',
}
