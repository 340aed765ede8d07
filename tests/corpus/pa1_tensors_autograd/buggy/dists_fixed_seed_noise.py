"""junk: pairwise_sq_dists reseeds the global generator inside the function (torch.manual_seed(0), 'reproducible') and returns 10 * torch.rand(n, m): deterministic, right shape, no loop, different from entry to entry, but the same numbers for any A and B of the same sizes, no distance at all. 0 / 15 (form without substance)."""

EXPECTED = {"pairwise_sq_dists": 0, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
def pairwise_sq_dists(A, B):
    torch.manual_seed(0)   # reproducible
    return 10 * torch.rand(A.shape[0], B.shape[0])
''',
}
