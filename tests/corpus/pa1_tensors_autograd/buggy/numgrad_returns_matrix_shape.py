"""ONE slip in numerical_gradient: the student thinks of x as a matrix: rows = x.shape[0], cols = x.numel() // rows, double loop over (i, j), result allocated as (rows, cols). Central differences on clones, eps used, x untouched. For the notebook's (2, 3) x this is x's shape, and the 1-entry check reads _cubic[0] (a (1, 1) result still converts), so the self-checks pass; for a vector x of shape (n,) the result has shape (n, 1). Values right on vectors and matrices, shape (3) lost; x.shape[0] raises IndexError on a 0-d x, which "any shape" allows, so values (6) are lost too: 6 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 6, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    rows = x.shape[0]
    cols = x.numel() // rows
    X = x.reshape(rows, cols)
    grad = torch.zeros(rows, cols, dtype=x.dtype)
    for i in range(rows):
        for j in range(cols):
            up = X.clone()
            up[i, j] += eps
            down = X.clone()
            down[i, j] -= eps
            grad[i, j] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad
''',
}
