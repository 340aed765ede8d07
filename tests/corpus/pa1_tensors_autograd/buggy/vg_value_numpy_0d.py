"""value_and_grad returns the value as out.detach().numpy(), a 0-d NumPy array, not the Python float asked for (the notebook's own self-check isinstance(_v, float) fails). Gradient right, no side effects. Fair (as corpus vg_value_as_tensor): value criterion lost, 15 - 4 = 11."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 11, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    out = f(leaf)
    out.backward()
    return out.detach().numpy(), leaf.grad
''',
}
