"""junk: numerical_gradient returns float(f(x)) * x: one call of f, never at a moved point, no difference quotient; it follows f and x, is deterministic and differs from entry to entry, but it is no derivative (like corpus numgrad_filled_with_f_value and numgrad_returns_x_copy, both 0). Shape and x unchanged are form without substance: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    return float(f(x)) * x.clone()
''',
}
