"""ONE slip in pairwise_sq_dists (beginner, verbose): the broadcast squared differences are reduced with .mean(dim=2) instead of .sum(dim=2): every distance divided by d. Loop-free, right shape, a real function of the points. Values (8) lost: 7 / 15."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    A_column = A.unsqueeze(1)
    B_row = B.unsqueeze(0)
    differences = A_column - B_row
    squares = differences ** 2
    distances = squares.mean(dim=2)
    return distances
''',
}
