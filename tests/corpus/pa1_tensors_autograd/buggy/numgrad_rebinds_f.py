"""ONE slip in numerical_gradient (beginner): inside the loop the student stores the first evaluation as `f = float(f(x_plus))`, reusing the name f, so the very next line f(x_minus) calls a float: TypeError 'float' object is not callable on every call. 0 / 15; the message should show that error."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat_grad = grad.reshape(-1)
    for i in range(x.numel()):
        x_plus = x.clone().reshape(-1)
        x_minus = x.clone().reshape(-1)
        x_plus[i] += eps
        x_minus[i] -= eps
        f = float(f(x_plus.reshape(x.shape)))
        f_minus = float(f(x_minus.reshape(x.shape)))
        flat_grad[i] = (f - f_minus) / (2 * eps)
    return grad
''',
}
