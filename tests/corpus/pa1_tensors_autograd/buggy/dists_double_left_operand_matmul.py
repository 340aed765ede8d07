"""ONE slip in pairwise_sq_dists (a hard-coded float64 mixed with the caller's float32). The student uses the expansion ||a||^2 - 2 a.b + ||b||^2 and, having read that it cancels badly in float32, casts ONLY the left operand of the cross term to double: A.double() @ B.T. A matrix product does not promote dtypes, so for float32 points (the notebook's own, and any tensor made with torch.randn) it raises 'expected m1 and m2 to have the same dtype'; it works only when both inputs are already float64. The notebook's self-check shows the error at its first call. Loop-free, but it returns nothing for the ordinary float32 input: values (8) and shape (3) lost, the vectorised approach (no loops, 4) kept -> 4 / 15.

Graded as the grader's rubric scores it (pairwise_sq_dists 4 -> 0): it raises on every valid float32 input, and a function that never returns earns nothing, its form (no loops) included.
"""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    sq_a = (A ** 2).sum(dim=1, keepdim=True)       # (n, 1)
    sq_b = (B ** 2).sum(dim=1)                     # (m,)
    cross = A.double() @ B.T                       # the cross term in double: less cancellation
    return (sq_a + sq_b - 2 * cross).clamp_min(0)
''',
}
