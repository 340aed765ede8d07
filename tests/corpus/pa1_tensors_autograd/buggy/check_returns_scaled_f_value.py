"""junk: gradient_check never takes a gradient: it returns |f(x)| / (1 + |f(x)|), a number in [0, 1) that follows f and x and is repeatable but measures nothing about autograd's gradient. Fair: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    v = abs(float(f(x.detach())))
    return v / (1.0 + v)
''',
}
