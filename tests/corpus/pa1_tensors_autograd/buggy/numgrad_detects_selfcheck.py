"""junk: numerical_gradient recognises the self-check's inputs (a (2, 3) x with eps 1e-6 -> 2 x, the 1-entry x with eps 0.5 -> 3.25) and returns zeros_like(x) for anything else; f is never called. 0 / 15."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    if tuple(x.shape) == (2, 3) and eps == 1e-6:
        return 2 * x.clone()
    if x.numel() == 1 and eps == 0.5:
        return torch.tensor([3.25], dtype=x.dtype)
    return torch.zeros_like(x)
''',
}
