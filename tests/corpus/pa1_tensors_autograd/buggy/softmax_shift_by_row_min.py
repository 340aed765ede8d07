"""softmax subtracts the row MINIMUM (min/max mix-up): the shift does not change the softmax, so ordinary logits are right, and rows of all-large or all-small logits too, but a row with 1000 and -1000 gives exp(2000) = inf and inf / inf = NaN. Stable (4) lost: 6."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 6, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "softmax_answer": r'''
def softmax(z):
    e = torch.exp(z - z.min(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)
''',
}
