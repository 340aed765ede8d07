"""pairwise_sq_dists by the expansion ||a||^2 - 2 a.b + ||b||^2 but with the norms themselves instead of their squares (A.norm(dim=1) + B.norm(dim=1) - 2 A B^T): loop-free, right shape, a real function of the points, wrong values. Values (8) lost: 7."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    return A.norm(dim=1)[:, None] + B.norm(dim=1)[None, :] - 2 * A @ B.T
''',
}
