"""pairwise_sq_dists with type hints, a docstring and an input assert: every pair laid out as a row by A.repeat_interleave(m, 0) against B.repeat(n, 1), squared differences summed over d and reshaped to (n, m). One vectorised expression, no Python loop: fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A: torch.Tensor, B: torch.Tensor) -> torch.Tensor:
    """Squared Euclidean distance between every row of A and every row of B.

    Each pair (i, j) becomes row i * m + j of two (n * m, d) tensors.
    """
    assert A.ndim == 2 and B.ndim == 2 and A.shape[1] == B.shape[1], f"bad shapes {tuple(A.shape)}, {tuple(B.shape)}"
    n, m = A.shape[0], B.shape[0]
    left = A.repeat_interleave(m, dim=0)   # a_0 (m times), a_1 (m times), ...
    right = B.repeat(n, 1)                 # b_0 .. b_{m-1}, n times over
    return (left - right).square().sum(dim=1).reshape(n, m)
''',
}
