"""ONE slip in gradient_check: the cell first tries things on a demo point `x0 = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64)`, and the function's numerical side uses that GLOBAL instead of its argument: g_num = numerical_gradient(f, x0, eps) (autograd's side uses x). For an x of 3 entries it compares gradients at two different points (wrong relative errors, also for a right backward); for any other size the subtraction g_auto - g_num cannot broadcast and raises. The grader's x have 3 to 6 entries: a call raises -> the whole part is lost, 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 0, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'gradient_check_answer': '''
x0 = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64)     # a demo point to try things on


def gradient_check(f, x, eps=1e-6):
    """Relative error between autograd's gradient of f at x and the central-difference one."""
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x0, eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return float(torch.linalg.norm(g_auto - g_num) / denominator)


print("demo:", gradient_check(lambda t: (t ** 2).sum(), x0))
''',
}
