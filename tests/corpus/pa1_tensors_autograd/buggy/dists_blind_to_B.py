"""junk: pairwise_sq_dists never looks at B's values: it returns ||a_i||^2 (the squared distance of each point of A from the ORIGIN) copied into every column, using B only for the number of columns m. Right shape, no loop, deterministic and smooth in A, different from row to row, but blind to one of its two inputs: no distance between A and B is computed (moving B changes nothing). Like corpus dists_depends_only_on_shapes / dists_filled_with_input_sums, form without substance: 0 / 15."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    return (A ** 2).sum(dim=1, keepdim=True).expand(-1, B.shape[0]).clone()
''',
}
