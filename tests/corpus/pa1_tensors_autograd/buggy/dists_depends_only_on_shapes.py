"""junk: a tensor of the right shape filled with d, whatever the points: nothing (its shape and loop-free form count only with substance)."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    return torch.full((A.shape[0], B.shape[0]), float(A.shape[1]))
''',
}
