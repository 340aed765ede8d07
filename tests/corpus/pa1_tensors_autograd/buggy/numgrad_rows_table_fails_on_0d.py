"""ONE slip in numerical_gradient at the edge of 'any shape': the student views x as a table of rows, x.reshape(x.shape[0], -1) (a vector becomes n rows of one entry, a 3-D x its first axis by the rest), nudges two clones of the table at [r, c], and reshapes the result back to x's shape. Right for every x with at least one dimension (1-D, 2-D, 3-D, any eps: true central differences, x untouched), so the notebook's (2, 3) and (1,) checks pass. But x.shape[0] does not exist for a 0-d x (a single number, which the docstring's 'float64 tensor of any shape' includes): IndexError, no gradient at all for that shape. Central difference, shape and x unchanged are right wherever it runs; the 0-d input gets no gradient at all, which is a missing VALUE for an allowed input (a raised error returns no tensor whose shape could be judged; the grader charges a crash on an allowed shape to values, as it does for softmax on one row): values (6) lost, 15 - 6 = 9. (First predicted 12, charging the shape criterion; corrected after grading.) (If the grader never calls it on a 0-d x it cannot see the slip.)"""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 9, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences; x seen as a table of rows."""
    table = x.detach().reshape(x.shape[0], -1)     # rows x (everything else)
    grad = torch.zeros_like(table)
    for r in range(table.shape[0]):
        for c in range(table.shape[1]):
            up, down = table.clone(), table.clone()
            up[r, c] += eps
            down[r, c] -= eps
            grad[r, c] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
