"""ONE slip in numerical_gradient: to avoid copies the student nudges the caller's x IN PLACE under torch.no_grad() and puts each entry back ARITHMETICALLY: x_i += eps; f; x_i -= 2 eps; f; x_i += eps. In floating point (x_i + eps) - 2 eps + eps is not always x_i: the entry can come back one or two units in the last place off (about 1e-16 to 1e-17), so the caller's x is left changed in some entries. The notebook's own self-check compares x with torch.equal and reports 'numerical_gradient changed x: work on copies'. The gradient itself is right (central differences, any shape). Fair: x unchanged (2) lost -> 13 (a grader that compares x with a tolerance of 1e-9 gives 15)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 13, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'numerical_gradient_answer': '''
@torch.no_grad()
def numerical_gradient(f, x, eps=1e-6):
    """Gradient of a scalar function by central differences (no copies of x)."""
    flat = x.view(-1)                    # shares x's memory
    grad = torch.zeros_like(flat)
    for i in range(flat.numel()):
        flat[i] += eps
        plus = float(f(x))
        flat[i] -= 2 * eps
        minus = float(f(x))
        flat[i] += eps                   # back where it was
        grad[i] = (plus - minus) / (2 * eps)
    return grad.view(x.shape)
''',
}
