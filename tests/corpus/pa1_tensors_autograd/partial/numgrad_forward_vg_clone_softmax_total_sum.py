"""Three slips in three parts, one of them in a helper a later part calls. (1) softmax normalises by the sum of the WHOLE tensor instead of each row's (sum() without dim; as corpus softmax_divides_by_total_sum: 2 / 10). (2) numerical_gradient uses the forward difference (f(x + eps e_i) - f(x)) / eps (as corpus numgrad_forward_difference: central difference lost -> 11 / 15). gradient_check is right and calls numerical_gradient by name; the grader swaps its own in while Part 5 runs: 10 / 10. (3) value_and_grad clones x without detach (x.clone().requires_grad_(True)): for an x that already requires grad the clone is not a leaf (as corpus vg_clone_without_detach: no side effects lost -> 10 / 15). The plot is the reference: 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 2, "numerical_gradient": 11, "gradient_check": 10, "value_and_grad": 10, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum()
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by finite differences."""
    flat = x.detach().clone().reshape(-1)
    grad = torch.zeros_like(flat)
    f0 = float(f(x))
    for i in range(flat.numel()):
        nudged = flat.clone()
        nudged[i] += eps
        grad[i] = (float(f(nudged.reshape(x.shape))) - f0) / eps
    return grad.reshape(x.shape)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd."""
    leaf = x.clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
