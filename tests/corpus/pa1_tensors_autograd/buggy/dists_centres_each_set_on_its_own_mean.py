"""ONE slip in pairwise_sq_dists: 'for accuracy' the student centres the data before the expansion ||a||^2 - 2 a.b + ||b||^2, but centres EACH SET ON ITS OWN MEAN (A - A.mean(0), B - B.mean(0)), a habit from standardising features. Distances survive only a translation common to both sets: here A is moved by -mean(A) and B by -mean(B), so every distance is that of A against B shifted by mean(A) - mean(B). Right only when the two means coincide (never for the grader's B, drawn around 1 while A is around 0; a single point against a single point collapses to 0). Translation of both sets by one vector changes nothing, so that self-check passes, but the (0, 0)-(3, 4) one gives 0. Shape (n, m), no loop: values (8) lost -> 7."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    A0 = A - A.mean(dim=0, keepdim=True)      # centred: less cancellation in the expansion
    B0 = B - B.mean(dim=0, keepdim=True)
    a2 = (A0 ** 2).sum(dim=1, keepdim=True)
    b2 = (B0 ** 2).sum(dim=1, keepdim=True).T
    return (a2 + b2 - 2 * A0 @ B0.T).clamp_min(0)
''',
}
