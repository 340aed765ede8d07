"""softmax shifts by the row max correctly but divides by e.sum() with no dim: every entry is divided by the sum over the WHOLE tensor, so the rows sum to less than 1 (only a one-row input is right). Values (4) and stable (4) lost, shape kept: 2."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'softmax_answer': r'''
def softmax(z):
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum()
''',
}
