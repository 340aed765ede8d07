"""log_sum_exp from the identity log_softmax(z)_j = z_j - LSE(z), read at each row's argmax with gather (torch.log_softmax is stable); softmax with in-place ops (-=, exp_, /=) on a clone of z, so the caller's z is untouched: both fully correct."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': r'''
def log_sum_exp(z):
    # log_softmax(z)_j = z_j - LSE(z) for every j; read it where z is largest (most accurate)
    j = z.argmax(dim=1, keepdim=True)
    return (z.gather(1, j) - torch.log_softmax(z, dim=1).gather(1, j)).squeeze(1)
''',
    'softmax_answer': r'''
def softmax(z):
    p = z.clone()                              # never touch the caller's logits
    p -= p.max(dim=1, keepdim=True).values
    p.exp_()
    p /= p.sum(dim=1, keepdim=True)
    return p
''',
}
