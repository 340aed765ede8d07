"""pairwise_sq_dists broadcasts correctly, but a debugging line was left in: print([round(float(a.norm()), 3) for a in A]), a list comprehension over the n points of A, so the Python the function runs grows with n. Right values and shape; no loops (4) lost: 11 / 15."""

EXPECTED = {"pairwise_sq_dists": 11, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    difference = A[:, None, :] - B[None, :, :]
    D = (difference ** 2).sum(dim=-1)
    print("norms of the points of A:", [round(float(a.norm()), 3) for a in A])   # debugging
    return D
''',
}
