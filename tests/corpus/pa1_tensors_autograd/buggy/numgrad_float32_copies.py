"""ONE bug in numerical_gradient: the student 'makes sure x is a float tensor' with x.float(), so every copy is float32 (the hint warns: keep x's dtype, float64 is needed): x + 1e-6 in float32 rounds the step to a multiple of the float32 spacing (~6e-8 to 1.2e-7 near 1), so the central differences for eps = 1e-6 / 1e-5 are off by several percent. The structure (central difference, step eps, copies, right shape) is right; for the large-eps case float32 rounding is far below the tolerance. Values (6) lost: 9 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 9, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    x = x.float()                       # make sure we work with floats
    grad = torch.zeros_like(x)
    for i in range(x.numel()):
        plus, minus = x.clone().view(-1), x.clone().view(-1)
        plus[i] += eps
        minus[i] -= eps
        grad.view(-1)[i] = (float(f(plus.view_as(x))) - float(f(minus.view_as(x)))) / (2 * eps)
    return grad
'''}
