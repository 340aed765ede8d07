"""Unfinished work in two parts. (1) numerical_gradient dispatches on x.ndim with a match statement: case 1 loops over the entries of a vector, case 2 over the (i, j) entries of a matrix (central differences on clones, eps as given, x untouched), and `case _: raise NotImplementedError('TODO: ...')` for every other rank: the student never finished the 'any shape' of the docstring, so a 0-d x and a 3-D x raise. Right for 1-D and 2-D x (the notebook's checks pass). Unlike corpus numgrad_vector_or_matrix_only (whose 3-D results are WRONG numbers at the large eps, so the central difference is lost too: 5), this one RAISES on 3-D and 0-d x: nothing it returns is a wrong difference quotient (central differences with the given eps wherever it runs), so only values (6) are lost: 9 / 15. (First predicted 5 from that corpus case; corrected after grading.) (2) value_and_grad is the template stub (raise NotImplementedError()): 0 / 15. gradient_check (reference) calls numerical_gradient; the grader swaps its own in while Part 5 runs: 10 / 10. The plot is the reference (its own backward): 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 9, "gradient_check": 10, "value_and_grad": 0, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    grad = torch.zeros_like(x)
    match x.ndim:
        case 1:
            for i in range(x.shape[0]):
                up, down = x.clone(), x.clone()
                up[i] += eps
                down[i] -= eps
                grad[i] = (float(f(up)) - float(f(down))) / (2 * eps)
        case 2:
            for i in range(x.shape[0]):
                for j in range(x.shape[1]):
                    up, down = x.clone(), x.clone()
                    up[i, j] += eps
                    down[i, j] -= eps
                    grad[i, j] = (float(f(up)) - float(f(down))) / (2 * eps)
        case _:
            raise NotImplementedError("TODO: tensors that are not vectors or matrices")
    return grad
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x.

    Args:
        f: differentiable function from a tensor shaped like x to a scalar tensor.
        x: tensor (float64 here); its values, requires_grad and .grad are left as they were.

    Returns:
        (value, grad): value is f(x) as a Python float, grad is a tensor shaped like x.
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
}
