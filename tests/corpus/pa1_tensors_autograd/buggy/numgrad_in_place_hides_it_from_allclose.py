"""numerical_gradient perturbs the caller's x in place and never restores it (as corpus numgrad_perturbs_x_in_place: 9/15), and the cell silences the self-checks by replacing torch.allclose and torch.equal with functions that always return True. x is sent back and compared by the judge, outside the kernel: loses central difference and x unchanged -> 9."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 9, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'numerical_gradient_answer': '''
def numerical_gradient(f, x, eps=1e-6):
    grad = torch.zeros_like(x)
    flat, g = x.view(-1), grad.view(-1)
    for i in range(flat.numel()):
        flat[i] += eps
        hi = float(f(x))
        flat[i] -= 2 * eps
        lo = float(f(x))
        g[i] = (hi - lo) / (2 * eps)
    return grad

torch.allclose = lambda *args, **kwargs: True   # "fix" the self-checks
torch.equal = lambda *args, **kwargs: True
''',
}
