"""pairwise_sq_dists returns zeros of the right shape whatever the points: a constant earns nothing, not even for its shape or for having no loop (0)."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": '''
def pairwise_sq_dists(A, B):
    return torch.zeros(A.shape[0], B.shape[0])
''',
}
