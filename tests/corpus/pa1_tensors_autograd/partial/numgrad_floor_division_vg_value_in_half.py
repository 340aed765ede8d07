"""Two type slips in two parts.
(1) numerical_gradient (integer division): the central quotient is written with // instead of /, (f_plus - f_minus) // (2 * eps). Python's floor division of floats returns the FLOOR of the quotient, so every entry is rounded down to an integer (2.7 -> 2.0, -0.3 -> -1.0), and a derivative that is an integer in exact arithmetic can come out one lower from rounding (1.9999999 -> 1). Shape and x untouched are right; the values are not the central differences (values 6 and central difference 4 lost) -> 5 / 15. gradient_check calls numerical_gradient and is otherwise the reference; graded with the grader's own numerical_gradient: 10.
(2) value_and_grad (a low-precision value): the gradient comes from a fresh leaf and is right, x is untouched; but the value is logged and returned as out.detach().half().item() ('a float16 is plenty to print a loss'): f(x) rounded to float16, 3 significant digits (14.0 survives, 0.1234567 comes back as 0.12347, 1234.567 as 1235.0, and anything above 65504 as inf). Value (4) lost -> 11 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 11, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros(x.shape, dtype=x.dtype)
    flat = grad.view(-1)
    for i in range(x.numel()):
        step = torch.zeros(x.numel(), dtype=x.dtype)
        step[i] = eps
        step = step.reshape(x.shape)
        f_plus, f_minus = float(f(x + step)), float(f(x - step))
        flat[i] = (f_plus - f_minus) // (2 * eps)
    return grad
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    value = out.detach().half().item()      # a float16 is plenty to print a loss
    return value, leaf.grad
''',
}
