"""numerical_gradient allocates its result with grad = x.detach() ('a tensor like x, without history'), not knowing that detach() shares x's storage: each central difference is written over an entry of the caller's x, so every later entry is measured at a point whose earlier coordinates were replaced by derivatives (f couples the coordinates through (w.x)^2), and x comes back holding the gradient. The first entry is right, later ones wrong; shape kept. Values (6), central difference (4), x unchanged (2) lost: 3 / 15. The messages should point at x being overwritten, not at steps left in place."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 3, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = x.detach()                  # a tensor like x, without autograd history
    flat_grad = grad.view(-1)
    for i in range(x.numel()):
        plus, minus = x.clone(), x.clone()
        plus.view(-1)[i] += eps
        minus.view(-1)[i] -= eps
        flat_grad[i] = (float(f(plus)) - float(f(minus))) / (2 * eps)
    return grad
''',
}
