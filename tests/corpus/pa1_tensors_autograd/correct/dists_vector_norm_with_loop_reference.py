"""pairwise_sq_dists as torch.linalg.vector_norm(...).square() over the broadcast difference; the same cell keeps a slow double-loop version under another name and checks the fast one against it in a top-level for loop (the graded function never calls the slow one): fully correct, 15/15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    return torch.linalg.vector_norm(A.unsqueeze(1) - B.unsqueeze(0), ord=2, dim=-1).square()


def slow_pairwise_sq_dists(A, B):
    """Reference with two loops, only used to test the fast version below."""
    D = torch.empty(A.shape[0], B.shape[0])
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            D[i, j] = ((A[i] - B[j]) ** 2).sum()
    return D


for trial in range(3):
    P, Q = torch.randn(4 + trial, 3), torch.randn(2 + trial, 3)
    assert torch.allclose(pairwise_sq_dists(P, Q), slow_pairwise_sq_dists(P, Q), atol=1e-5)
print("fast and slow versions agree")
''',
}
