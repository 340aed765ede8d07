"""ONE slip in value_and_grad (advanced, a JAX habit): `value, grad = torch.func.grad_and_value(f)(x.detach())`, but torch.func.grad_and_value returns (grad, value), so `value` holds the gradient and value.item() raises 'a Tensor with k elements cannot be converted to Scalar' on every call. 0 / 15; the message should show that error."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'value_and_grad_answer': '''
from torch.func import grad_and_value

def value_and_grad(f, x):
    value, grad = grad_and_value(f)(x.detach())
    return value.item(), grad
''',
}
