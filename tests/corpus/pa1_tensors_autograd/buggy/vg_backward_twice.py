"""value_and_grad calls backward() twice on the same graph (retain_graph=True), so its gradient is twice the right one, and the message names .grad accumulating as the cause: loses gradient (6) -> 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 9, 'plot_derivative': 10, 'written': None}

ANSWERS = {'value_and_grad_answer': '''
def value_and_grad(f, x):
    leaf = x.detach().clone().requires_grad_(True)
    value = f(leaf)
    value.backward(retain_graph=True)
    value.backward()
    return value.item(), leaf.grad
'''}
