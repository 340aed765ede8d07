"""pairwise_sq_dists sums the differences over d and then squares ((sum_k (a_ik - b_jk))^2 instead of sum_k (a_ik - b_jk)^2): broadcasting, right shape, a real function of the points, but wrong values. Values (8) lost, shape and no loops kept: 7."""

EXPECTED = {'pairwise_sq_dists': 7, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    diff = A[:, None, :] - B[None, :, :]
    return diff.sum(dim=-1) ** 2
''',
}
