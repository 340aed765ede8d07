"""value_and_grad returns the tuple from torch.autograd.grad (forgot [0] / the unpacking comma), so the gradient is a 1-tuple holding the right tensor. Value right, x untouched, repeatable. Fair: gradient lost (6); no side effects (5) kept since the answer clearly has substance: 15 - 6 = 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 9, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    grad = torch.autograd.grad(out, leaf)
    return out.item(), grad
''',
}
