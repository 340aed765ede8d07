"""ONE slip in numerical_gradient (beginner style): a while loop over a preallocated list of zeros stops at `index < how_many - 1`, so the LAST entry of every gradient stays 0.0; the others are right central differences, x is never touched, shape right. Values (6) and central difference (4) lost: 5 / 15. The message should point at the last entry."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    original_shape = x.shape
    flat = x.clone().reshape(-1)
    how_many = flat.numel()
    results = [0.0] * how_many
    index = 0
    while index < how_many - 1:
        plus = flat.clone()
        minus = flat.clone()
        plus[index] = plus[index] + eps
        minus[index] = minus[index] - eps
        f_plus = float(f(plus.reshape(original_shape)))
        f_minus = float(f(minus.reshape(original_shape)))
        results[index] = (f_plus - f_minus) / (2 * eps)
        index = index + 1
    return torch.tensor(results, dtype=x.dtype).reshape(original_shape)
''',
}
