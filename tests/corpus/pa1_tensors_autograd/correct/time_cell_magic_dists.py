"""The Part 1 answer cell starts with the `%%time` cell magic on its own first line (the student wanted to see how long the cell takes); %%time runs the cell body in the notebook's namespace, so pairwise_sq_dists is defined as usual. The function is the broadcast (A.unsqueeze(1) - B.unsqueeze(0)).pow(2).sum(-1): no loop anywhere, fully correct, 15 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
%%time
def pairwise_sq_dists(A, B):
    """D[i, j] = ||A[i] - B[j]||^2 by broadcasting (n, 1, d) against (1, m, d)."""
    return (A.unsqueeze(1) - B.unsqueeze(0)).pow(2).sum(-1)
''',
}
