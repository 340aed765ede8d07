"""ONE slip in log_sum_exp: the maximum is kept as a column top[:, None] (n, 1) but the log of the sum is taken without keepdim, shape (n,): top[:, None] + log(sum) broadcasts silently to an (n, n) matrix (its diagonal holds the right values). Nothing of shape (n,) comes back: values (4), stable (4) and shape (2) lost: 0 / 10; the message should name the (n, n) shape."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 0, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
def log_sum_exp(z):
    top = z.max(dim=1).values
    total = torch.exp(z - top[:, None]).sum(dim=1)
    return top[:, None] + torch.log(total)
''',
}
