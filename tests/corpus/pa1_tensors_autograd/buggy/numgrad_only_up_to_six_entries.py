"""Junk special-casing the size of x: numerical_gradient computes the real central differences (reference recipe) only when x has at most 6 entries -- the largest x the notebook's self-check uses is (2, 3) -- and for anything larger returns zeros of x's shape at once ('to save the 2n evaluations'). A gradient check on any real parameter vector (a 10-entry weight vector, say) gets all zeros whatever f is. Fair: 0 / 15 (it answers only for the sizes it was fitted to; at the very least values (6) and central difference (4) are lost for a 7-entry x at a small and at a large step). A grader that never tries more than 6 entries cannot see it and gives 15. Graded 9: the values go (zeros on the grader's x of 15 entries); on every smaller x it takes true central differences with the given eps and leaves x alone, which keep their own criteria (shape 3, central difference 4, x unchanged 2)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 9, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences.

    Args:
        f: function from a tensor shaped like x to a scalar (one-element tensor).
        x: float64 tensor of any shape, the point at which to differentiate; not modified.
        eps: step size.

    Returns:
        Tensor shaped like x: entry i is (f(x + eps e_i) - f(x - eps e_i)) / (2 eps).
    """
    grad = torch.zeros_like(x)
    if x.numel() > 6:  # the notebook never needs more: skip the 2n evaluations
        return grad
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / (2 * eps)
    return grad
''',
}
