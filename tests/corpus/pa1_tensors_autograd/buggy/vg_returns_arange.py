"""junk: returns 0.0 and 0..n-1 shaped like x: nothing, not even 'no side effects'."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    return 0.0, torch.arange(x.numel(), dtype=x.dtype).reshape(x.shape)
''',
}
