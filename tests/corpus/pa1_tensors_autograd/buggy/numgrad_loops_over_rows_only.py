"""numerical_gradient loops over range(len(x)) and nudges x[i]: right for a vector, but for a 2-D x each x[i] is a whole row, so every row gets one number (the derivative along the row's all-ones direction), broadcast into it. Shape kept (zeros_like), x unchanged; values (6) lost on the (2, 3) case, and central difference (4) on the 3-D x at a large step (also a row per index): 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    for i in range(len(x)):
        x_plus = x.clone()
        x_minus = x.clone()
        x_plus[i] += eps
        x_minus[i] -= eps
        grad[i] = (f(x_plus) - f(x_minus)) / (2 * eps)
    return grad
''',
}
