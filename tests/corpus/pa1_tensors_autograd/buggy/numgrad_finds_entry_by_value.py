"""ONE slip in numerical_gradient, visible only when x has REPEATED entries: the student walks the values of x (for value in flat) and builds each nudge with the mask flat == value, so the step goes to every entry equal to that value, not to one entry. Where x's entries are all different (random points, the notebook's self-check x) the result is exactly the central differences; but at x = [1., 1.] or x = zeros(3) (an allowed x: 'float64 tensor of any shape') each tied entry gets the SUM of the partial derivatives of its group (a directional derivative along all of them). A fair grader would try an x with ties (zeros, a grid, a repeated coordinate): values (6) lost -> 9 (if the tie is only tried at a large eps, the central-difference criterion (4) instead -> 11; a grader whose x never repeats a value gives 15)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 9, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences."""
    flat = x.detach().reshape(-1)
    grad = torch.zeros_like(flat)
    for i, value in enumerate(flat):
        step = torch.where(flat == value, eps, 0.0).to(flat.dtype)   # the entry being nudged
        plus = float(f((flat + step).reshape(x.shape)))
        minus = float(f((flat - step).reshape(x.shape)))
        grad[i] = (plus - minus) / (2 * eps)
    return grad.reshape(x.shape)
''',
}
