"""junk: softmax returns z.clone(), the logits themselves: right shape, deterministic, 'responds' to z only by echoing it, no exponent, no normalisation (like corpus numgrad_returns_x_copy, which earns 0 for returning its input). Fair: 0."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 0, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'softmax_answer': r'''
def softmax(z):
    return z.clone()
''',
}
