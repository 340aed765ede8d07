"""numerical_gradient scales the step to the coordinate (h = eps * |x_i|, eps if x_i = 0, a habit from numerical-recipes code) and divides by 2h: for eps = 1e-6 the values are right, but for the large-eps case the steps are not eps, so it is not the central difference asked for. Central difference (4) lost: 11."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 11, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': r'''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat = x.reshape(-1)
    for i in range(flat.numel()):
        h = eps * abs(float(flat[i])) or eps      # step relative to the size of x_i
        up, down = flat.clone(), flat.clone()
        up[i] += h
        down[i] -= h
        grad.view(-1)[i] = (float(f(up.view_as(x))) - float(f(down.view_as(x)))) / (2 * h)
    return grad
''',
}
