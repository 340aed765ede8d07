"""numerical_gradient writes plus[i] = eps and minus[i] = -eps (assignment instead of += / -=): each entry is the central difference at a point where x_i was replaced by 0, not at x. Values (6) and central difference (4) lost; shape and x unchanged kept (works on clones): 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        plus = x.clone().reshape(-1)
        minus = x.clone().reshape(-1)
        plus[i] = eps
        minus[i] = -eps
        grad.reshape(-1)[i] = (float(f(plus.reshape(x.shape))) - float(f(minus.reshape(x.shape)))) / (2 * eps)
    return grad
''',
}
