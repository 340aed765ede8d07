"""ONE slip in softmax: exp(top - z) instead of exp(z - top) (a sign error in the shift): every probability is that of -z, so the ordinary rows are wrong and the wide rows (1000 next to -1000) overflow to inf / inf = NaN. Right shape, a real function of z. Values (4) and stable (4) lost: 2 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 2, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'softmax_answer': '''
def softmax(z):
    top = z.max(dim=1, keepdim=True).values
    e = torch.exp(top - z)
    return e / e.sum(dim=1, keepdim=True)
''',
}
