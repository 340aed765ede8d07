"""ONE slip in pairwise_sq_dists: the parameters are named (a, b) but the body writes `A[:, None, :]` (capital A), which reads the test tensor A = torch.randn(5, 3) the student defined in the same cell (a stale global instead of the argument). For the grader's inputs with d != 3 the broadcast raises a size-mismatch RuntimeError, and where it would not raise it ignores a and has n = 5 rows. Nothing right: 0 / 15 (the message shows the size error)."""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'pairwise_sq_dists_answer': '''
A = torch.randn(5, 3)
B = torch.randn(4, 3)

def pairwise_sq_dists(a, b):
    difference = A[:, None, :] - b[None, :, :]
    return (difference ** 2).sum(dim=-1)

print(pairwise_sq_dists(A, B).shape)
''',
}
