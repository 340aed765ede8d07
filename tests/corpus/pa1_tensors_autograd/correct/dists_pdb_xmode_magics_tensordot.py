"""Correct, debugging magics: the Part 1 cell starts with `%pdb on` (drop into the post-mortem debugger when an uncaught exception happens) and `%xmode Minimal` (short tracebacks), debugging switches a student turned on while writing the function; neither runs any code of the notebook. pairwise_sq_dists is the expansion ||a||^2 + ||b||^2 - 2 a.b with the cross term from torch.tensordot(A, B, dims=([1], [1])) and the squared norms from (A * A).sum(1, keepdim=True) and (B * B).sum(1), clamped at 0 (float32 rounding): loop-free, any n, m, d. Nothing raises in a correct notebook, so the debugger never starts. Fully correct: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
%pdb on
%xmode Minimal

def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B.

    Args:
        A: tensor of shape (n, d).
        B: tensor of shape (m, d).

    Returns:
        Tensor D of shape (n, m) with D[i, j] = ||A[i] - B[j]||^2, computed without Python loops.
    """
    cross = torch.tensordot(A, B, dims=([1], [1]))      # (n, m): a_i . b_j
    a2 = (A * A).sum(dim=1, keepdim=True)               # (n, 1)
    b2 = (B * B).sum(dim=1)                             # (m,)
    return (a2 + b2 - 2.0 * cross).clamp_min(0.0)
''',
}
