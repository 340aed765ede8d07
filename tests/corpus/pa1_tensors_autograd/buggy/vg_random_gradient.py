"""junk gradient: value_and_grad returns the right value float(f(x)) but torch.randn_like(x) as the gradient. Value (4) kept; gradient (6) and no side effects (5, not repeatable, no substance) lost: 4 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    return float(f(x.detach())), torch.randn_like(x)
''',
}
