"""The Part 1 cell keeps the student's first attempt: a double-loop pairwise_sq_dists, and BELOW it, in the same cell, the vectorised version under the SAME name (broadcast difference, squared, summed over the last axis), which replaces the first when the cell runs. The function the notebook ends up with (and the one the self-check and the grader call) has no loop and the line count does not grow with n, m: 15 / 15. The dead first definition is never called. The written answer is an empty cell (the template text deleted, nothing typed): not the template, so hand-graded (pending)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def pairwise_sq_dists(A, B):
    # first attempt (slow)
    D = torch.zeros(A.shape[0], B.shape[0])
    for i in range(A.shape[0]):
        for j in range(B.shape[0]):
            D[i, j] = ((A[i] - B[j]) ** 2).sum()
    return D


def pairwise_sq_dists(A, B):
    # broadcasting version (replaces the one above)
    diff = A.unsqueeze(1) - B.unsqueeze(0)
    return (diff ** 2).sum(dim=-1)
''',
    'written': r'''

''',
}
