"""ONE slip in log_sum_exp, NumPy's axis=None default: the row maxima are taken right (dim=1, keepdim), but the
sum of the shifted exponentials is written torch.exp(z - top).sum() with no dim, the habit of np.sum(a) summing
everything. Every row then gets top_i + log(sum over ALL rows of exp(z - top)): the right shape (n,), finite for
+-1000 logits, and exact for a single row (n = 1, the notebook's equal-logits test), but for n > 1 each value is
too large by log of the other rows' contributions (the self-check's 3-row comparison with torch.logsumexp fails,
and so does [[1000, 1000], [-1000, -1000]]: 1000 + log 4 instead of 1000 + log 2). Values (4) and stable (4)
lost (the huge rows are finite but wrong), shape kept: 2 / 10 (as corpus softmax_divides_by_total_sum)."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 2, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    s = torch.exp(z - top).sum()          # like np.sum(np.exp(z - top))
    return (top + torch.log(s)).squeeze(1)
''',
}
