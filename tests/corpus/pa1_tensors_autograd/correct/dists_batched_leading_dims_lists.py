"""Correct, looks odd: pairwise_sq_dists accepts lists or NumPy arrays (torch.as_tensor, B cast to A's dtype), works with extra leading batch dimensions (A.unsqueeze(-2) - B.unsqueeze(-3), reduced over the last axis, so (..., n, d) and (..., m, d) give (..., n, m)), and returns an (n, m) tensor of zeros early when either set is empty. On every (n, d) / (m, d) input it is the reference broadcast; no loop anywhere: fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared distances between the rows of A and of B; extra leading (batch) dimensions allowed."""
    A = torch.as_tensor(A)
    B = torch.as_tensor(B, dtype=A.dtype)
    if A.shape[-2] == 0 or B.shape[-2] == 0:  # an empty set of points: an empty table
        return A.new_zeros(A.shape[:-1] + B.shape[-2:-1])
    diff = A.unsqueeze(-2) - B.unsqueeze(-3)  # (..., n, 1, d) - (..., 1, m, d) -> (..., n, m, d)
    return diff.pow(2).sum(dim=-1)

print(pairwise_sq_dists([[0.0, 0.0]], [[3.0, 4.0]]))
print(pairwise_sq_dists(torch.randn(2, 5, 3), torch.randn(2, 4, 3)).shape)
print(pairwise_sq_dists(torch.zeros(0, 3), torch.randn(4, 3)).shape)
''',
}
