"""junk: numerical_gradient calls f once and returns a tensor shaped like x filled with f(x): it follows f and x and is deterministic, but it is one number repeated where the gradient differs from entry to entry, no attempt at a derivative (like corpus dists_filled_with_input_sums, which earns 0). Fair: 0 (shape and x unchanged are form without substance)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 0, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    return torch.full_like(x, float(f(x.clone())))
''',
}
