"""Junk fitted to the grader's distribution of logits: log_sum_exp never adds exponentials. For Gaussian logits, log mean e^z is about mu + sigma^2 / 2 (the first two cumulants), so it returns log k + row mean + row variance / 2: a closed form that is right on average for random normal logits of small spread, of the right scale (near the maximum + something), finite for +-1000 rows, shape (n,), deterministic and smooth in z. It is not the log-sum-exp of any particular row (off by tenths on ordinary logits, by far more on rows with an outlier such as -1000 / +1000). Values (4) and stable (4) lost; by the README's substance rule a deterministic function of the logits that moves as little as they do keeps the shape (2), as corpus lse_max_plus_log_k: 2 / 10."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 2, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), estimated from the row's mean and variance."""
    k = z.shape[1]
    mu = z.mean(dim=1)
    var = z.var(dim=1, unbiased=False)
    return math.log(k) + mu + var / 2
''',
}
