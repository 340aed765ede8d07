"""Three slips in three parts, and a stub that a later part depends on. (1) log_sum_exp is the naive log(sum(exp(z))) (no shift): right on ordinary logits, inf / -inf on +-1000 rows (as corpus lse_naive_overflow: stable lost -> 6 / 10); softmax is the reference (its own shift, it does not call log_sum_exp): 10. (2) numerical_gradient is left as the template stub: 0 / 15. gradient_check is right and reaches it through a module-level functools.partial(numerical_gradient) made in the Part 5 cell, called as _central(f, x.detach(), eps=eps); the grader swaps its own numerical_gradient in while Part 5 runs (the stub is a plain function, swapped wherever it is held): 10 / 10, the stub costs Part 4 only. (3) value_and_grad calls backward() twice (retain_graph=True), so its gradient is doubled (as corpus vg_backward_twice: gradient lost -> 9 / 15). The plot is the reference (its own backward): 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 0, "gradient_check": 10, "value_and_grad": 9, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z)))."""
    return torch.log(torch.exp(z).sum(dim=1))
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    "gradient_check_answer": r'''
import functools

_central = functools.partial(numerical_gradient)     # my Part 4 function


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = _central(f, x.detach(), eps=eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd."""
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward(retain_graph=True)   # keep the graph in case I need it again
    value.backward()
    return value.item(), leaf.grad
''',
}
