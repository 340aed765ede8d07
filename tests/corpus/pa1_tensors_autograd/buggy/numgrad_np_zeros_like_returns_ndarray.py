"""ONE slip in numerical_gradient, a NumPy habit: the result buffer is np.zeros_like(x). On a torch tensor this
silently returns a NumPy float64 ndarray (NumPy converts the tensor through __array__), so the loop fills an
ndarray, and the function returns an ndarray, not the tensor the docstring asks for ('Tensor shaped like x').
The central differences themselves are right (float64 copies, +-eps, divided by 2 eps, x untouched) and the
ndarray has x's shape; the notebook's self-check stops at its isinstance(g, torch.Tensor) assert. Values kept,
the 'tensor shaped like x' criterion (shape, 3) lost: 12 / 15 (as corpus dists_returns_numpy). gradient_check
(reference) calls numerical_gradient, but the notebook says a mistake costs points in its own part only."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 12, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    grad = np.zeros_like(x)                      # same shape as x
    flat = x.detach().clone().reshape(-1)
    for i in range(flat.numel()):
        step = torch.zeros_like(flat)
        step[i] = eps
        fp = float(f((flat + step).reshape(x.shape)))
        fm = float(f((flat - step).reshape(x.shape)))
        grad.reshape(-1)[i] = (fp - fm) / (2 * eps)
    return grad
''',
}
