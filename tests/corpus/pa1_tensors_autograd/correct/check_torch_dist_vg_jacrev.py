"""gradient_check takes autograd's gradient with torch.autograd.grad (tuple unpacking), the numerical one from numerical_gradient, the numerator with torch.dist (the 2-norm of the difference) and returns .item(), 0.0 when the denominator is 0; value_and_grad computes the value under torch.no_grad() on x.detach() and the gradient with torch.func.jacrev (for a scalar f the Jacobian is the gradient, shaped like x). Both fully correct: full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'gradient_check_answer': '''
def gradient_check(f, x, eps=1e-6):
    point = x.detach().clone()
    leaf = point.clone().requires_grad_()
    (g_auto,) = torch.autograd.grad(f(leaf), leaf)
    g_num = numerical_gradient(f, point, eps)
    scale = g_auto.norm() + g_num.norm()
    if scale.item() == 0.0:
        return 0.0
    return (torch.dist(g_auto, g_num) / scale).item()
''',
'value_and_grad_answer': '''
from torch.func import jacrev


def value_and_grad(f, x):
    point = x.detach()
    with torch.no_grad():
        value = float(f(point))
    return value, jacrev(f)(point)
'''}
