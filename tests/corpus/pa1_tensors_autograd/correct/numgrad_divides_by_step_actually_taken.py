"""Correct, the Numerical Recipes refinement of central differences: numerical_gradient divides each difference of f by the step floating point ACTUALLY made, (x_i + eps) - (x_i - eps), read back from the two nudged copies, instead of by 2 eps (x_i + eps is rounded, so the points are not exactly 2 eps apart; for float64 and eps = 1e-6 the two denominators differ by about 1e-10 of themselves, for eps = 0.3 by about 1e-16). Works on a flat detached copy (any shape, 0-d included), two clones per entry, the result of x's dtype viewed back to x's shape; x is never touched. Full marks."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences (divided by the step really taken)."""
    base = x.detach().reshape(-1)
    grad = torch.empty_like(base)
    for i in range(base.numel()):
        up, down = base.clone(), base.clone()
        up[i] = base[i] + eps
        down[i] = base[i] - eps
        taken = float(up[i] - down[i])        # about 2 eps: what floating point could represent
        grad[i] = (float(f(up.view(x.shape))) - float(f(down.view(x.shape)))) / taken
    return grad.view(x.shape)
''',
}
