"""numerical_gradient writes / 2 * eps instead of / (2 * eps): operator precedence slip, every value is (f+ - f-) * eps / 2, off by a factor 4 eps^2. Like corpus numgrad_divides_by_eps: values (6) and central difference (4) lost, shape and x unchanged kept -> 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': r'''

def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        step = torch.zeros_like(x).reshape(-1)
        step[i] = eps
        step = step.reshape(x.shape)
        grad.reshape(-1)[i] = (float(f(x + step)) - float(f(x - step))) / 2 * eps
    return grad
''',
}
