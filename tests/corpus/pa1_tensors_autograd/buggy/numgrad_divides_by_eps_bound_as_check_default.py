"""ONE bug, in numerical_gradient: it divides the central difference by eps instead of 2 eps (every value twice too large; as corpus numgrad_divides_by_eps: 5 / 15). gradient_check is correct but binds the student's numerical_gradient as a default argument at definition time (`def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient)`), so it uses the buggy one. The notebook promises 'a mistake in one function costs points in that part only' (the grader swaps in a reference numerical_gradient for Part 5): gradient_check should keep 10 / 10."""

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
def gradient_check(f, x, eps=1e-6, numgrad=numerical_gradient):
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
