"""value_and_grad returns the leaf tensor itself instead of its .grad: the value is right, the "gradient" is x, the same for every f at that x (the grader tries another f at the same x), so the gradient (6) is lost and no side effects (5) is not earned: a result that ignores f has no substance as a gradient (4)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 4, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.detach()
''',
}
