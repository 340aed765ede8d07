"""numerical_gradient clones x once per entry into x_plus and writes x_minus = x_plus (an alias, not a second copy): the +eps and -eps nudges land on the same tensor and cancel, so f is evaluated twice at x and every entry is 0, whatever f and x. A constant: values (6) and central difference (4) lost, and shape / x unchanged are form without substance: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        x_plus = x.clone()
        x_minus = x_plus
        x_plus.view(-1)[i] += eps
        x_minus.view(-1)[i] -= eps
        grad.view(-1)[i] = (float(f(x_plus)) - float(f(x_minus))) / (2 * eps)
    return grad
''',
}
