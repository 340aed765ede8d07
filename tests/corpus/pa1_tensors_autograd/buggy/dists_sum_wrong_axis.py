"""ONE bug in pairwise_sq_dists: the broadcast (n, m, d) squared difference is summed over dim=1 (the m axis) instead of the last axis: the result has shape (n, d) and holds no distance. Loop-free and a real function of the points. Values (8) and shape (3) lost, no loops (4) kept: 4 / 15."""

EXPECTED = {'pairwise_sq_dists': 4, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    diff = A[:, None, :] - B[None, :, :]    # (n, m, d)
    return (diff ** 2).sum(dim=1)
'''}
