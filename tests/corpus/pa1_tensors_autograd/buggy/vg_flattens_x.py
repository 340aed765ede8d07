"""ONE bug in value_and_grad: the leaf is made from x.detach().reshape(-1) ('flatten to be safe') and f is called on the flat leaf; the gradient comes back flat, never reshaped to x's shape. For a vector x all is right (the notebook's self-check passes), for the (2, 3) x the gradient has shape (6,). Value right, no side effects. Gradient (6) lost: 9 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 9, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = x.detach().reshape(-1).clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
'''}
