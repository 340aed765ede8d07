"""ONE slip, in numerical_gradient (a helper gradient_check calls): the two values are subtracted in the wrong order, (f(x - eps e_i) - f(x + eps e_i)) / (2 eps), so every entry has its sign flipped (as corpus numgrad_sign_flipped: 5 / 15). It wears a homemade timing decorator written without functools.wraps (it counts calls on the wrapper), and gradient_check (right) binds it as a default argument, def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient). The grader swaps default arguments holding the helper, so gradient_check keeps 10 / 10 (the notebook: a mistake costs points in its own part only)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
import time


def counted(fn):
    """Count the calls of fn and keep the total time spent in it."""
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            wrapper.seconds += time.perf_counter() - start
    wrapper.calls, wrapper.seconds = 0, 0.0
    return wrapper


@counted
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    grad = torch.zeros_like(x).reshape(-1)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad[i] = (float(f(x - step)) - float(f(x + step))) / (2 * eps)
    return grad.reshape(x.shape)
''',
    "gradient_check_answer": r'''
def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numgrad(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
