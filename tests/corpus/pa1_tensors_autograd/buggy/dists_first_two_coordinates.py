"""ONE slip in pairwise_sq_dists, fitted to the plane: the student pictures the points as (x, y) and writes dx^2 + dy^2 from columns 0 and 1 only (broadcast, no loop). Every self-check passes (the zero diagonal, symmetry and translation hold for the first two coordinates of the (5, 3) points, and (0, 0)-(3, 4) gives 25), but for d >= 3 every coordinate after the second is ignored. The spec asks for points in R^d. Right for the grader's d = 2 case, wrong for the others: values (8) lost; loop-free, shape (n, m), a real function of A and B: 7 / 15. The message should show a d >= 3 case."""

EXPECTED = {"pairwise_sq_dists": 7, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    # difference of every pair of points, coordinate by coordinate
    dx = A[:, None, 0] - B[None, :, 0]
    dy = A[:, None, 1] - B[None, :, 1]
    return dx ** 2 + dy ** 2
''',
}
