"""log_sum_exp shifts each row by its mean instead of its maximum (the identity holds for any c, so the values are right on ordinary logits), but a row holding both 1000 and -1000 has a mean near 0 and exp(1000 - mean) overflows: inf. Stable (4) lost: 6."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 6, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    c = z.mean(dim=1, keepdim=True)
    return (c + torch.log(torch.exp(z - c).sum(dim=1, keepdim=True))).squeeze(1)
''',
}
