"""pairwise_sq_dists with np.fromfunction: it calls the lambda ONCE with two (n, m) index arrays (NumPy docs: 'the function is called with N parameters, each an array'), and the lambda indexes A and B with them and reduces over d by broadcasting; the result is a torch tensor of shape (n, m). No Python runs per pair: the line count does not grow with n, m. Fully correct: 15/15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    # D[i, j] as a formula of the index grids i, j (each of shape (n, m)); evaluated once, vectorised
    return np.fromfunction(lambda i, j: ((A[i] - B[j]) ** 2).sum(dim=-1),
                           (A.shape[0], B.shape[0]), dtype=int)
''',
}
