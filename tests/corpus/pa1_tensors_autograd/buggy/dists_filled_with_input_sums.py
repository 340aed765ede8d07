"""pairwise_sq_dists returns an (n, m) tensor filled with A.sum() + B.sum(): no attempt at distances; it 'responds to its inputs' only by echoing their sums. Fair: 0 (like corpus dists_depends_only_on_shapes / dists_constant_zeros: its shape and loop-free form are not an answer)."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    return torch.full((A.shape[0], B.shape[0]), float(A.sum() + B.sum()))
''',
}
