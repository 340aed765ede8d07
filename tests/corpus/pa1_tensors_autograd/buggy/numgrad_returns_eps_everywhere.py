"""junk: a tensor like x filled with eps: nothing (it changes with eps but not with x)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    return torch.full_like(x, eps)
''',
}
