"""ONE bug in numerical_gradient: the two evaluations are subtracted the wrong way round, (f(x - eps e_i) - f(x + eps e_i)) / (2 eps): every entry is minus the gradient. Works on copies, right shape. Values (6) and central difference (4) lost; shape (3) and x unchanged (2) kept: 5 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat = x.reshape(-1)
    for i in range(flat.numel()):
        up, down = flat.clone(), flat.clone()
        up[i] += eps
        down[i] -= eps
        grad.view(-1)[i] = (float(f(down.view_as(x))) - float(f(up.view_as(x)))) / (2 * eps)
    return grad
'''}
