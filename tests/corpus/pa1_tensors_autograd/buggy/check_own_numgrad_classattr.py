"""ONE bug, in numerical_gradient (divides by eps, not 2 eps: 5 / 15 as numgrad_divides_by_eps). gradient_check is correct but reaches the student's own numerical_gradient kept as a class attribute (staticmethod), so it uses the buggy one. The grader swaps in its reference numerical_gradient for Part 5 so a mistake costs points in its own part only: gradient_check should keep 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / eps
    return grad
''',
    "gradient_check_answer": r'''
class _Tools:
    numgrad = staticmethod(numerical_gradient)


def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = _Tools.numgrad(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
