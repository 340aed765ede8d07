"""The Part 1 cell defines its own helper named `sum` (it shadows Python's builtin on purpose: `def sum(t, dim=-1): return t.sum(dim=dim)`, a tensor reduction over the last axis) and pairwise_sq_dists returns sum(diff * diff) on the broadcast (n, m, d) difference. sum here is the student's one-line vectorised helper, not the builtin walking a tensor's elements: no loop anywhere, 15 / 15. Later parts (reference) do not call the builtin sum: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'pairwise_sq_dists_answer': r'''
def sum(t, dim=-1):
    """Sum a tensor over one axis (the last by default)."""
    return t.sum(dim=dim)


def pairwise_sq_dists(A, B):
    diff = A[:, None, :] - B[None, :, :]
    return sum(diff * diff)
''',
}
