"""ONE bug, in numerical_gradient: it divides the central difference by eps instead of 2 eps (as corpus numgrad_divides_by_eps: 5 / 15), and it is decorated with @torch.no_grad() (so the name is bound to torch's wrapper function, a closure around the student's def). gradient_check is correct but reaches it through a module-level dict, _METHODS = {'central': numerical_gradient}, built in the Part 5 cell. The notebook promises 'a mistake in one function costs points in that part only' and the grader swaps its reference numerical_gradient in for Part 5, also when it is reached through a dict (corpus check_own_numgrad_dict, 10): gradient_check should keep 10 / 10 here too."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 5, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    'numerical_gradient_answer': r'''
@torch.no_grad()
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / eps
    return grad
''',
    'gradient_check_answer': r'''
_METHODS = {"central": numerical_gradient}


def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = _METHODS["central"](f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)
''',
}
