"""Junk fitted to the self-check: value_and_grad returns the right value float(f(x)) but, as the 'gradient', 2 * x (the gradient of the self-check's f = sum(x^2)), whatever f is: f is never differentiated. Every notebook self-check passes (value 14, gradient 2x, repeatable, x untouched). Deterministic, it follows x, and it does not change when a constant is added to f, but it ignores f entirely (the same 'gradient' for any f at the same x), so it has no substance as a gradient. Value (4) honestly earned; gradient (6) lost; no side effects (5) not earned (the README: form is earned only when the answer responds to its inputs; f is one of them): 4 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    value = float(f(x.detach()))
    return value, 2 * x.detach().clone()
''',
}
