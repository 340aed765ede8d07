"""ONE bug in pairwise_sq_dists: the expansion ||a||^2 + ||b||^2 - a.b, the factor 2 of the cross term forgotten. Loop-free, right shape, a real function of the points, wrong values. Values (8) lost: 7 / 15."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    sq_a = (A ** 2).sum(dim=1)[:, None]
    sq_b = (B ** 2).sum(dim=1)[None, :]
    return sq_a + sq_b - A @ B.T
'''}
