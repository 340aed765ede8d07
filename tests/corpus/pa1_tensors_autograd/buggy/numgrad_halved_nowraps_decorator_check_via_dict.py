"""ONE slip, in numerical_gradient (a helper gradient_check calls): the central difference is divided by eps instead of 2 eps (every entry twice the gradient; as corpus numgrad_divides_by_eps: values 6 and central difference 4 lost -> 5 / 15). The function is decorated with a homemade decorator `in_float64` written WITHOUT functools.wraps (the name numerical_gradient is bound to its inner closure `run`), and gradient_check (right) reaches it through a module-level dict, _DIFFERENCES = {'central': numerical_gradient}. The notebook: 'a mistake in one function costs points in that part only', and the grader swaps its own numerical_gradient in while Part 5 runs (corpus check_own_numgrad_dict, reached through a dict: 10 / 10): gradient_check should keep 10 / 10 here too, whatever decorator the helper wears."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

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
        grad[i] = (float(f(up.view_as(x))) - float(f(down.view_as(x)))) / eps
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
