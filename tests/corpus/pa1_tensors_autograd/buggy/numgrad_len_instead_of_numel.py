"""ONE slip in numerical_gradient: nudges a flat copy (reshape(-1)) and writes into a flat view of the result, but loops over range(len(x)) instead of range(x.numel()): len counts the first dimension only. Right for vectors (all the notebook's and the grader's vector cases); for the (2, 3) x only the first 2 of 6 entries are computed (the others stay 0), a (1, 2, 2) x gets 1 of 4, and a 0-d x raises TypeError (len() of a 0-d tensor). Values (6) and central difference (4: the 3-D large-eps case) lost; shape and x unchanged kept: 5 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat_grad = grad.view(-1)
    for i in range(len(x)):
        up = x.clone().reshape(-1)
        down = x.clone().reshape(-1)
        up[i] += eps
        down[i] -= eps
        flat_grad[i] = (float(f(up.reshape(x.shape))) - float(f(down.reshape(x.shape)))) / (2 * eps)
    return grad
''',
}
