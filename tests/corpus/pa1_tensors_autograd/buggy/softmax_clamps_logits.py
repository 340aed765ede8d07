"""ONE bug in softmax: instead of shifting by the row maximum, the student guards against overflow by clamping the logits to [-80, 80] before exp (e^80 still fits in float32). Ordinary logits are right, and nothing overflows, but a row of logits all near +1000 (or all near -1000) is clamped flat and comes out uniform instead of its true softmax. Values and shape right; stable (4) lost: 6 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 6, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {'softmax_answer': '''
def softmax(z):
    e = torch.exp(z.clamp(min=-80.0, max=80.0))   # keep exp from overflowing
    return e / e.sum(dim=1, keepdim=True)
'''}
