"""Debugging switches left on: the value_and_grad cell starts with torch.autograd.set_detect_anomaly(True) (slower backward passes, same gradients) and value_and_grad prints torch.is_grad_enabled() and the leaf's dtype before computing (fresh leaf, backward(), .item()); the gradient_check cell wraps its work in `with torch.autograd.set_detect_anomaly(True, check_nan=True):`. Nothing changes a result: fully correct."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    with torch.autograd.set_detect_anomaly(True, check_nan=True):
        leaf = x.detach().clone().requires_grad_(True)
        f(leaf).backward()
        g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
    "value_and_grad_answer": r'''
torch.autograd.set_detect_anomaly(True)   # while debugging


def value_and_grad(f, x):
    print("grad enabled:", torch.is_grad_enabled(), "| dtype:", x.dtype)
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward()
    return value.item(), leaf.grad
''',
}
