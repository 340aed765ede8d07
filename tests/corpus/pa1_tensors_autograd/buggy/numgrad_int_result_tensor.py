"""ONE slip in numerical_gradient (beginner): the result is allocated as torch.tensor([0] * x.numel()) -- an int64 tensor -- so every central difference written into it is truncated toward zero (2.7 -> 2). Copies are used, x untouched, shape right. Values (6) and central difference (4) lost: 5 / 15. The message should show the truncated (integer) numbers, ideally naming the integer dtype."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.tensor([0] * x.numel())
    for i in range(x.numel()):
        plus = x.clone().reshape(-1)
        minus = x.clone().reshape(-1)
        plus[i] += eps
        minus[i] -= eps
        grad[i] = (float(f(plus.reshape(x.shape))) - float(f(minus.reshape(x.shape)))) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
