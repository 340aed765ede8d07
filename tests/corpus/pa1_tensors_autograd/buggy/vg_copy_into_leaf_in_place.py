"""ONE slip in value_and_grad: the leaf is made with torch.zeros_like(x, requires_grad=True) and filled with leaf.copy_(x): an in-place op on a leaf that requires grad, so every call raises 'a leaf Variable that requires grad is being used in an in-place operation'. Nothing is returned: 0 / 15; the message should show that error."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = torch.zeros_like(x, requires_grad=True)
    leaf.copy_(x)
    out = f(leaf)
    out.backward()
    return out.item(), leaf.grad
''',
}
