"""The Part 1 cell does the notebook's ungraded exercise 1 in place: it starts with `%load_ext autoreload` / `%autoreload 2` (harmless magics from a project template), defines the vectorised pairwise_sq_dists (reference broadcast), a slow double-loop version under another name (slow_pairwise, never called by pairwise_sq_dists), and times both with `%timeit -n1 -r3 ...` line magics on 100 x 100 points. The graded function is loop-free: fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
%load_ext autoreload
%autoreload 2


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    difference = A[:, None, :] - B[None, :, :]
    return (difference ** 2).sum(dim=-1)


def slow_pairwise(A, B):
    """The double loop, only to compare speeds (exercise 1)."""
    D = torch.empty(A.shape[0], B.shape[0])
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            D[i, j] = ((A[i] - B[j]) ** 2).sum()
    return D


_A_big, _B_big = torch.randn(100, 10), torch.randn(100, 10)
%timeit -n1 -r3 pairwise_sq_dists(_A_big, _B_big)
%timeit -n1 -r3 slow_pairwise(_A_big, _B_big)
''',
}
