"""junk: numerical_gradient returns a copy of x (right shape and dtype, x untouched, depends on x and deterministic) and never calls f. Expect 0 of 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": '''
def numerical_gradient(f, x, eps=1e-6):
    return x.detach().clone()
''',
}
