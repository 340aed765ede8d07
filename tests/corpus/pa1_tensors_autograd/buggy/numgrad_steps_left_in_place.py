"""numerical_gradient perturbs two copies of x that are never reset, so each entry after the first is measured with every earlier step still in place: only the first entry is right, and the message says so; loses values (6) and central difference (4) -> 5."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 5, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    xp = x.clone().reshape(-1); xm = x.clone().reshape(-1)
    for i in range(x.numel()):
        xp[i] += eps; xm[i] -= eps
        grad.reshape(-1)[i] = (float(f(xp.reshape(x.shape))) - float(f(xm.reshape(x.shape)))) / (2 * eps)
    return grad
'''}
