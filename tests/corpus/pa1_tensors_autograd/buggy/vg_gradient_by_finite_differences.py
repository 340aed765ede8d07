"""value_and_grad returns float(f(x)) and the student's own numerical_gradient(f, x) from Part 4 (central differences) as the gradient: no autograd at all, although Part 6 is 'a value and its gradient from autograd' and its criterion is 'returns autograd's gradient' (the plot part takes 5 points for a finite-difference derivative). Numerically it matches to ~1e-9 in float64. Fair: value 4 and no side effects 5 kept, gradient (6) lost: 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 9, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "value_and_grad_answer": r'''
def value_and_grad(f, x):
    # reuse Part 4: central differences are accurate enough in float64
    value = float(f(x.detach()))
    grad = numerical_gradient(f, x.detach().clone(), 1e-6)
    return value, grad
''',
}
