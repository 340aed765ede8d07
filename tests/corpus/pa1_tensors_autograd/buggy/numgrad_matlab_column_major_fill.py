"""ONE slip in numerical_gradient, MATLAB's column-major reshape: the student computes the central differences
correctly, entry by entry, on row-major flat copies (x.reshape(-1), nudged by +-eps, x left untouched), collects
them in a list and then builds the result the MATLAB way, reshape(g, size(x)) being column-major: it reshapes
the flat list to the REVERSED shape and transposes (torch.tensor(g).reshape(x.shape[::-1]).permute(reversed
dims)). That is the identity for a vector (1-D x, 0-d x), but for a matrix or 3-D x the derivatives land in the
wrong entries: for the notebook's (2, 3) x the self-check gets [[2, 1, 0], [-4, 6, -3]] instead of 2x = [[2, -4, 1], [6, 0, -3]]. Central
difference, step eps, copies, shape all right; values (6) lost on every x with two or more dimensions: 9 / 15."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 9, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    flat = x.detach().clone().reshape(-1)
    g = []
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        g.append((float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps))
    # MATLAB: reshape(g, size(x)) fills column by column
    out = torch.tensor(g, dtype=x.dtype).reshape(tuple(reversed(x.shape)))
    return out.permute(tuple(reversed(range(out.dim()))))
''',
}
