"""junk: the softmax of 0..k-1 repeated for every row, whatever the logits: nothing."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 0, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10}

ANSWERS = {
    'softmax_answer': '''
def softmax(z):
    return torch.softmax(torch.arange(z.shape[1], dtype=z.dtype), dim=0).repeat(z.shape[0], 1)
''',
}
