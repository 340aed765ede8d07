"""gradient_check forgets float() and returns the 0-d tensor norm(...) / denominator (and 0.0 in the 0/0 case): the docstring asks for a Python float and the notebook's self-check asserts it, but the part's two criteria (measures the relative error of a wrong gradient, about 0 for a right one) are about the number, which is exactly right. Expected 10 / 10 by the rubric (note: value_and_grad's value criterion does check the type; this part has no such criterion)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    leaf = x.detach().clone().requires_grad_(True)
    f(leaf).backward()
    g_auto = leaf.grad
    g_num = numerical_gradient(f, x.detach(), eps)
    denominator = torch.linalg.norm(g_auto) + torch.linalg.norm(g_num)
    if denominator == 0:
        return 0.0
    return torch.linalg.norm(g_auto - g_num) / denominator
''',
}
