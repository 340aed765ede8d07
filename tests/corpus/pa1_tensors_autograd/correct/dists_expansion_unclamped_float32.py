"""Correct, the notebook's second route without a clamp: pairwise_sq_dists uses the expansion ||a||^2 - 2 a.b + ||b||^2 with ONE matrix product, (A * A).sum(1, keepdim=True) - 2 A @ B.T + (B * B).sum(1), in the inputs' own dtype, and does NOT clamp the result at 0. The Part 1 text: 'Another route expands ||a - b||^2 = ||a||^2 - 2 a.b + ||b||^2 and uses a matrix product: also fine.' In float32 the expansion can leave tiny negative 'squared distances' (about -1e-7 on the diagonal of D(A, A)): ungraded exercise 1 asks the student to notice this, it is not a requirement of Part 1, and the self-check compares with atol 1e-5 / 1e-3 and passes. Loop-free, right shape (n, m) for any n, m, d (d = 1 and odd d included), values right to float32 rounding. Full marks: 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    """Squared distances by the expansion ||a||^2 - 2 a.b + ||b||^2 (one matrix product, no (n, m, d) tensor)."""
    sq_a = (A * A).sum(dim=1, keepdim=True)     # (n, 1): a column
    sq_b = (B * B).sum(dim=1)                   # (m,): broadcasts as a row
    return sq_a - 2.0 * (A @ B.T) + sq_b        # (n, m)
''',
}
