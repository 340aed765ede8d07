"""junk: log_sum_exp recognises the self-check's inputs (four equal logits 2.0 -> 2 + log 4; the 2 x 2 block of +-1000 -> +-1000 + log 2) and returns zeros of shape (n,) for everything else (an earlier version also returned max + 0.5 for a (3, 5) input, which the grader's own (3, k) inputs hit when k = 5: that branch is a real function of z and rightly earned the shape criterion, so it was removed). 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 0, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
def log_sum_exp(z):
    if tuple(z.shape) == (1, 4) and bool((z == 2.0).all()):
        return torch.tensor([2.0 + math.log(4)])
    if tuple(z.shape) == (2, 2) and abs(float(z[0, 0])) == 1000.0:
        return torch.tensor([1000.0 + math.log(2), -1000.0 + math.log(2)])
    return torch.zeros(z.shape[0])
''',
}
