"""value_and_grad reports f after a gradient step (leaf - grad) instead of f(x): gradient right, value wrong (15 - 4 = 11)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 11, "plot_derivative": 10, "written": None}

ANSWERS = {
    "value_and_grad_answer": '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    with torch.no_grad():
        moved = leaf - leaf.grad
    return f(moved).item(), leaf.grad
''',
}
