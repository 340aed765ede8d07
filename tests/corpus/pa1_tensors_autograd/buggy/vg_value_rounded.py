"""ONE bug in value_and_grad: the value is returned as round(out.item(), 4) 'to keep it readable': a Python float, but f(x) only to 4 decimals (the notebook's check of sum(x^2) = 14 passes because 14 is an integer). Gradient right, no side effects. Value (4) lost: 11 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 11, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return round(out.item(), 4), leaf.grad
'''}
