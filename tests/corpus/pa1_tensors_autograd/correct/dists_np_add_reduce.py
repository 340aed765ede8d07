"""pairwise_sq_dists converts to NumPy, broadcasts the (n, 1, d) - (1, m, d) difference and sums the squares over the last axis with the ufunc method np.add.reduce (what np.sum calls), then returns torch.from_numpy(...): a single vectorised reduction, no Python loop. Fully correct: 15/15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    a, b = A.detach().numpy(), B.detach().numpy()
    diff = a[:, np.newaxis, :] - b[np.newaxis, :, :]
    return torch.from_numpy(np.add.reduce(diff * diff, axis=-1))
''',
}
