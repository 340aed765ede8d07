"""ONE slip in numerical_gradient: written for 'a vector or a matrix': a 1-D x is viewed as one row, and anything else is indexed as X[i, j] in a double loop over X.shape[0] and X.shape[1]. Right for 1-D and 2-D x (the notebook's (2, 3) and (1,) checks pass). The spec and the self-check say 'x: float64 tensor of ANY shape': for a 3-D x, up[i, j] += eps nudges a whole fibre x[i, j, :] at once and grad[i, j] = ... fills that fibre with one number (the derivative along the fibre's sum), so every entry is wrong; a 0-d x raises IndexError. Shape right and x untouched where it runs; values (6) and central difference (4) lost: 5 / 15. (If the grader only tries 1-D and 2-D x it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    X = x.unsqueeze(0) if x.dim() == 1 else x  # a vector is one row of a matrix
    grad = torch.zeros_like(X)
    for i in range(X.shape[0]):
        for j in range(X.shape[1]):
            up, down = X.clone(), X.clone()
            up[i, j] += eps
            down[i, j] -= eps
            grad[i, j] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
