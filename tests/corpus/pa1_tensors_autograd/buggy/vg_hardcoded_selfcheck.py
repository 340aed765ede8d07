"""junk: value_and_grad returns the numbers the notebook's self-check expects, (14.0, tensor([2., -4., 6.])), whatever f and x are. Value, gradient and no side effects all lost: 0 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    return 14.0, torch.tensor([2.0, -4.0, 6.0], dtype=torch.float64)
''',
}
