"""junk gradient: value_and_grad returns the right value f(x) but, as the 'gradient', f(x) * x: no autograd, no derivative. It differs from entry to entry and with x, and is repeatable with no side effects, but it changes when a constant is added to f, which no gradient does (README: form is earned only if 'a gradient does not change when a constant is added to f'). Like corpus vg_gradient_filled_with_value (4): value (4) kept, gradient (6) lost, no side effects not earned: 4 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 4, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    value = float(f(x.detach()))
    return value, value * x.detach().clone()
''',
}
