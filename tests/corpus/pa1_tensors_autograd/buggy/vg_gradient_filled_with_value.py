"""value_and_grad returns the right value but a gradient that is f(x) repeated over x's shape: one number repeated is no gradient, so the gradient and its side-effect criteria earn nothing; the value keeps its 4 points -> 4."""
EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 4, 'plot_derivative': 10, 'written': None}
ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    v = float(f(x.detach()))
    return v, torch.full_like(x.detach(), v)
''',
}
