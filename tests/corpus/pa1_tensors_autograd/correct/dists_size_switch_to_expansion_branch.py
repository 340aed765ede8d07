"""Correct, memory-aware: pairwise_sq_dists picks one of two vectorised formulas by the size of the (n, m, d) broadcast intermediate (ungraded exercise 1 asks how much memory it takes and how the expansion avoids it). Up to 2,000 entries it broadcasts A[:, None, :] - B[None, :, :] and sums the squares; above, it uses the expansion ||a||^2 + ||b||^2 - 2 a.b with one matrix product (no (n, m, d) tensor at all), clamped at 0 against float32 rounding. Both branches are loop-free and right for any n, m, d; the threshold is low so that the student's own small examples exercise both. The large branch simply has a few more statements than the small one (a constant number, independent of n and m). Fully correct: 15 / 15. (A line count that compares a small call with a large one sees the large branch run 3 more lines; that is a branch, not a loop.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
# The broadcast route builds an (n, m, d) intermediate; past this many entries switch to the
# expansion ||a||^2 + ||b||^2 - 2 a.b, which never holds more than (n, m) numbers.
# (Low on purpose, so that small examples already go through both branches.)
_BROADCAST_MAX_ENTRIES = 2_000


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    n, d = A.shape
    m = B.shape[0]
    if n * m * d <= _BROADCAST_MAX_ENTRIES:
        difference = A[:, None, :] - B[None, :, :]
        return (difference * difference).sum(dim=-1)
    # large inputs: no (n, m, d) tensor
    sq_a = (A * A).sum(dim=1, keepdim=True)  # (n, 1)
    sq_b = (B * B).sum(dim=1)[None, :]       # (1, m)
    cross = A @ B.T                          # (n, m)
    D = sq_a + sq_b - 2.0 * cross
    return D.clamp_min(0.0)                  # rounding can leave -1e-6 where two points coincide


# both branches agree
_A, _B = torch.randn(30, 5), torch.randn(40, 5)
_slow = ((_A[:, None, :] - _B[None, :, :]) ** 2).sum(-1)
print("expansion branch agrees:", torch.allclose(pairwise_sq_dists(_A, _B), _slow, atol=1e-4))
''',
}
