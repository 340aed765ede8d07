"""Correct, numerically careful: pairwise_sq_dists uses the expansion ||a||^2 - 2 a.b + ||b||^2, but first moves BOTH sets by the same vector, the mean of all n + m points (distances do not change under a common translation, and the expansion cancels far less when the points sit near 0: the student read the notebook's warning about tiny negative squared distances). The cross term and both norms go into one torch.addmm(a2 + b2, A0, B0.T, alpha=-2), clamped at 0. Works for any n, m >= 1 and any d (one point against several, a single pair), in the inputs' dtype. No Python loop. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (expansion, centred)."""
    # One common shift for both sets: every distance is unchanged, and the expansion below
    # subtracts numbers of the size of the distances, not of the size of the coordinates.
    centre = torch.cat([A, B], dim=0).mean(dim=0, keepdim=True)    # (1, d)
    A0, B0 = A - centre, B - centre
    a2 = (A0 * A0).sum(dim=1, keepdim=True)                         # (n, 1)
    b2 = (B0 * B0).sum(dim=1).unsqueeze(0)                          # (1, m)
    D = torch.addmm(a2 + b2, A0, B0.T, beta=1.0, alpha=-2.0)        # ||a||^2 + ||b||^2 - 2 a.b
    return D.clamp_min(0.0)                                         # rounding can leave -1e-7 where a = b
''',
}
