"""junk: pairwise_sq_dists returns uniform noise of shape (n, m) from a torch.Generator seeded with a hash of the inputs (int of 1000 A.sum() + 7919 B.sum()): deterministic, it changes with the points and varies from entry to entry, has no loop, but it is no distance at all. Like corpus dists_filled_with_input_sums (form without substance): 0."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    seed = int(abs(float(A.sum()) * 1000 + float(B.sum()) * 7919)) % (2 ** 31)
    g = torch.Generator().manual_seed(seed)
    return 10 * torch.rand(A.shape[0], B.shape[0], generator=g)
''',
}
