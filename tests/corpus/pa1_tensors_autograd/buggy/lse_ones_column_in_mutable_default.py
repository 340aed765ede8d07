"""ONE slip in log_sum_exp, a mutable default argument holding a cached helper tensor: the row sums are done as
a matrix product with a column of ones ('BLAS is faster than sum'), and the ones column is made once and kept
in a default list, def log_sum_exp(z, _ones=[]): if not _ones: _ones.append(torch.ones(z.shape[1], 1,
dtype=z.dtype)). The cache is keyed on nothing: every later call uses the first call's column, right only for
logits with the same number of columns k AND the same dtype. Any other k raises a matmul size error (the
notebook's self-check fails at its second call, a (1, 4) row after a (3, 5) batch), another dtype raises a
dtype error. The shift by the row maximum is right, so for the first k it is exact and stable. A function that
works only for the k of its first call does not do its job for the (n, k) inputs the docstring allows: values
(4), stable (4, the +-1000 rows have k = 2) and shape (2, no tensor comes back) all lost for other k: 0 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 0, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z, _ones=[]):
    """Row-wise log(sum(exp(z))), stable; row sums by a matrix product with a cached column of ones."""
    if not _ones:
        _ones.append(torch.ones(z.shape[1], 1, dtype=z.dtype))
    top = z.max(dim=1, keepdim=True).values
    sums = torch.exp(z - top) @ _ones[0]          # (n, k) @ (k, 1) -> (n, 1)
    return (top + torch.log(sums)).squeeze(1)
''',
}
