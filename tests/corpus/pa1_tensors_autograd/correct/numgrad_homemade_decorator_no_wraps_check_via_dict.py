"""Correct, a wrapped earlier part reached through a dict: numerical_gradient is decorated with a homemade decorator `in_float64` (written without functools.wraps: the name is bound to the inner `run` closure) that runs the differences on a float64 view of x and casts the result back to x's dtype; the decorated body walks a flat view of x and nudges two clones per entry. gradient_check keeps its finite-difference routine in a module-level dict, _DIFFERENCES = {'central': numerical_gradient}, and calls _DIFFERENCES['central'](f, x.detach(), eps). Every part is right for every shape (0-d included): full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def in_float64(fn):
    """Run a finite-difference routine on a float64 version of x; give the result back in x's dtype."""
    def run(f, x, eps=1e-6):
        x64 = x.detach().to(torch.float64)
        return fn(f, x64, eps).to(x.dtype)
    return run


@in_float64
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences (x is not modified)."""
    flat = x.reshape(-1)
    grad = torch.empty_like(flat)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad[i] = (float(f(up.view_as(x))) - float(f(down.view_as(x)))) / (2 * eps)
    return grad.view_as(x)
''',
    "gradient_check_answer": r'''
_DIFFERENCES = {"central": numerical_gradient}


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = _DIFFERENCES["central"](f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
