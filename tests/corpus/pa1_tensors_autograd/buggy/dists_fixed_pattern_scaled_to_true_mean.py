"""Junk with the right statistics: pairwise_sq_dists never pairs a point with another. It computes the MEAN of all n m squared distances in closed form from the two sets' moments (mean ||a||^2 + mean ||b||^2 - 2 mean(a).mean(b), O((n + m) d) work) and returns a fixed pattern of positive numbers (a seeded generator keyed by n and m, rescaled to mean 1) times that mean. Right shape and type, non-negative, the right overall mean (exact for a single pair), deterministic, follows both A and B smoothly (only through their first two moments), no loop. But entry (i, j) has nothing to do with points i and j. Fair: 0 (no distance computed; the shape and loop-free form are not an answer when the content is a fixed pattern)."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    n, m = A.shape[0], B.shape[0]
    # The average of ||a_i - b_j||^2 over all pairs, from the moments of A and B alone.
    mean_d = (A * A).sum(dim=1).mean() + (B * B).sum(dim=1).mean() - 2 * (A.mean(dim=0) * B.mean(dim=0)).sum()
    pattern = torch.rand(n, m, generator=torch.Generator().manual_seed(1000 * n + m), dtype=A.dtype) + 0.5
    return pattern / pattern.mean() * mean_d
''',
}
