"""Correct, for any dtypes: pairwise_sq_dists promotes the two inputs to a common dtype with torch.promote_types (a float32 A against a float64 B works), uses the default floating dtype when both are integer tensors (integer coordinates are allowed points; squaring them in int64 could overflow), broadcasts A.unsqueeze(-2) - B.unsqueeze(-3) to (n, m, d) and reduces each difference with torch.linalg.vecdot(diff, diff, dim=-1), the dot product of a vector with itself. Float32 inputs give a float32 (n, m) result; one point, one pair, any d. No Python loop. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'pairwise_sq_dists_answer': '''
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    A, B = torch.as_tensor(A), torch.as_tensor(B)
    common = torch.promote_types(A.dtype, B.dtype)
    if not common.is_floating_point:
        common = torch.get_default_dtype()     # integer points: distances in floating point
    A, B = A.to(common), B.to(common)
    diff = A.unsqueeze(-2) - B.unsqueeze(-3)           # (n, m, d)
    return torch.linalg.vecdot(diff, diff, dim=-1)     # (n, m): ||a_i - b_j||^2
''',
}
