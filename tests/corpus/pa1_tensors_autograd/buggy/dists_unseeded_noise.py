"""junk (control for dists_noise_seeded_by_inputs): pairwise_sq_dists returns 10 * torch.rand(n, m), noise from the global generator: no distance, no loop, right shape, and not deterministic. 0, as the grader's repeat check gives it; the seeded twin of this case differs only in seeding the noise from the inputs."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    return 10 * torch.rand(A.shape[0], B.shape[0])
''',
}
