"""ONE slip in pairwise_sq_dists that only shows on an edge size: the broadcast result is returned with a bare .squeeze() ('drop the extra dimension'), which also drops n or m when it is 1: a single point A of shape (1, d) against m points gives shape (m,), not (1, m), and one point against one point a 0-d tensor. The notebook's own (0, 0)-(3, 4) check compares with torch.allclose, which broadcasts, so it passes. The spec: 'Tensor D of shape (n, m)'. Values right everywhere, loop-free; shape (3) lost: 12 / 15. (If the grader never calls it with n = 1 or m = 1 it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 12, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    diff = A.unsqueeze(1) - B.unsqueeze(0)
    return (diff ** 2).sum(dim=2).squeeze()
''',
}
