"""Correct, recursion where it is natural and early returns. numerical_gradient walks the multi-indices of x
with a recursive generator, _indices(shape) (the empty shape yields the single index (), so a 0-d x works;
otherwise each first index is prefixed to the indices of the remaining shape), nudging one entry of a fresh
clone up and one down. log_sum_exp returns early for a single column (the LSE of one logit is that logit, a
copy) and otherwise shifts by the row max; softmax returns early for a single column (probability 1).
gradient_check returns 0.0 early when both norms vanish. value_and_grad returns early via torch.autograd.grad.
No state anywhere: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    if z.shape[1] == 1:
        return z[:, 0].clone()               # one logit: LSE is the logit itself
    top = z.max(dim=1, keepdim=True).values
    return top.squeeze(1) + torch.exp(z - top).sum(dim=1).log()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    if z.shape[1] == 1:
        return torch.ones_like(z)            # one class: probability 1
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)
''',
    "numerical_gradient_answer": r'''
def _indices(shape):
    """Every multi-index of a tensor of this shape, in row-major order (recursive)."""
    if len(shape) == 0:
        yield ()
        return
    for first in range(shape[0]):
        for rest in _indices(shape[1:]):
            yield (first,) + rest


def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    base = x.detach()
    grad = torch.zeros_like(base)
    for index in _indices(tuple(base.shape)):
        up, down = base.clone(), base.clone()
        up[index] += eps
        down[index] -= eps
        grad[index] = (float(f(up)) - float(f(down))) / (2 * eps)
    return grad
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    na, nn_ = torch.linalg.norm(g_auto.reshape(-1)), torch.linalg.norm(g_num.reshape(-1))
    if na + nn_ == 0:
        return 0.0
    return float(torch.linalg.norm((g_auto - g_num).reshape(-1)) / (na + nn_))
''',
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x."""
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    return out.item(), torch.autograd.grad(out, leaf)[0]
''',
}
