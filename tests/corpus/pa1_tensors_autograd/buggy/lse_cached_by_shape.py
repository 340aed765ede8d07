"""Junk returning cached values: log_sum_exp keeps a module-level dict keyed by z's shape and computes (stably, by the reference recipe) only the first time a shape is seen; every later call with that shape returns the cached result, whatever the logits. In the notebook each self-check input has its own shape, so all pass. In general the answer follows the shape of z, not its values: values (4) lost (another (3, k) input gets the first one's numbers), stable (4) lost (the all-near-(-1000) (3, k) input gets the moderate numbers), shape (2) not earned (the same result for other logits of the same shape): 0 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 0, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    'log_sum_exp_answer': '''
_lse_cache = {}


def log_sum_exp(z):
    key = tuple(z.shape)
    if key not in _lse_cache:   # computed once per shape, 'for speed'
        top = z.max(dim=1, keepdim=True).values
        _lse_cache[key] = (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
    return _lse_cache[key]
''',
}
