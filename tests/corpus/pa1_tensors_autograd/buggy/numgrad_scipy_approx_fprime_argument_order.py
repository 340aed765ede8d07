"""ONE slip in numerical_gradient, a SciPy habit (scipy.optimize.approx_fprime(xk, f, epsilon) takes the point
first): the student writes def numerical_gradient(x, f, eps=1e-6), the body a correct central difference on
clones. The notebook says 'do not ... change their arguments' and every caller (the self-check, the grader)
calls numerical_gradient(f, x, eps) positionally, so `x` is the function and `f` the tensor: every call raises
(a function has no numel). Nothing is delivered: 0 / 15. gradient_check calls numerical_gradient, but while
Part 5 is judged the grader's own stands in (README), so Part 5 keeps 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(x, f, eps=1e-6):
    """Central-difference gradient of f at x (argument order as in scipy.optimize.approx_fprime)."""
    flat = x.detach().reshape(-1)
    grad = torch.zeros_like(flat)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
