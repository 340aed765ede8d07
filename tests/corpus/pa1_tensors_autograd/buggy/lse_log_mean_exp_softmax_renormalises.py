"""ONE slip, in log_sum_exp (a helper softmax calls): the student writes the log-MEAN-exp, top + log(mean_j exp(z_j - top)), i.e. LSE - log k on every row (as corpus lse_mean_instead_of_sum: values and stable lost, shape kept -> 2 / 10). softmax (Part 3) uses it, exp(z - log_sum_exp(z)[:, None]), and then renormalises each row by its sum 'to be safe'. The per-row error of the LSE (a factor k on every exponential) cancels in the renormalisation, and since LSE - log k >= max - log k the exponents stay below log k (no overflow, finite for +-1000 rows): softmax is right for every input the spec allows. The slip costs Part 2 only: softmax 10 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 2, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).mean(dim=1, keepdim=True))).squeeze(1)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax from my log_sum_exp, renormalised so that every row sums to exactly 1."""
    p = torch.exp(z - log_sum_exp(z)[:, None])
    return p / p.sum(dim=1, keepdim=True)
''',
}
