"""Correct, an earlier part reached through a lambda default: numerical_gradient builds every nudged point at once (x flattened to one row, plus and minus eps times the identity), unbinds the two stacks into points, maps f over them (loops are allowed in Part 4) and subtracts the two lists of values as float64 tensors, / (2 eps), reshaped to x's shape (0-d to 3-D). gradient_check takes its finite-difference routine as a keyword-only default argument, central=lambda f, x, eps: numerical_gradient(f, x, eps) (the lambda looks the name up when called), its autograd side from leaf.requires_grad = True on a clone and backward(), norms of flattened gradients. Fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences, all nudged points built at once."""
    n = x.numel()
    base = x.detach().reshape(1, n)
    steps = torch.eye(n, dtype=x.dtype) * eps          # row i: eps at entry i only
    ups = (base + steps).unbind(0)
    downs = (base - steps).unbind(0)
    up_values = list(map(lambda p: float(f(p.reshape(x.shape))), ups))
    down_values = list(map(lambda p: float(f(p.reshape(x.shape))), downs))
    diffs = torch.tensor(up_values, dtype=x.dtype) - torch.tensor(down_values, dtype=x.dtype)
    return (diffs / (2 * eps)).reshape(x.shape)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6, *, central=lambda f, x, eps: numerical_gradient(f, x, eps)):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone()
    leaf.requires_grad = True
    f(leaf).backward()
    a = leaf.grad.detach().flatten()
    b = central(f, x.detach(), eps).flatten()
    denominator = a.norm() + b.norm()
    return float((a - b).norm() / denominator) if denominator > 0 else 0.0
''',
}
