"""ONE slip in log_sum_exp: the student writes the log-MEAN-exp form, LSE = top + log(mean_j exp(z_j - top)) + log k, and takes k as len(z), which counts the ROWS, not the logits of a row (z.shape[1]). Every LSE is off by the same log(n / k) within one call: right only when n = k (for a (1, k) row it is off by -log k, for a (3, 1) column by +log 3). Stable (the shift is right), shape (n,). On the grader's tensors n and k differ (3 rows of 4 to 6 logits, 128 x 10, ...): values (4) and stable (4) lost -> 2 (if some tensor of +-1000 rows happens to have n = k that one comes out right, but not all of them)."""

EXPECTED = {'pairwise_sq_dists': 15, 'log_sum_exp': 2, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 15, 'plot_derivative': 10, 'written': None}

ANSWERS = {
'log_sum_exp_answer': '''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1).values
    k = len(z)                                          # number of logits
    log_mean = torch.log(torch.exp(z - top[:, None]).mean(dim=1))
    return top + log_mean + math.log(k)
''',
}
