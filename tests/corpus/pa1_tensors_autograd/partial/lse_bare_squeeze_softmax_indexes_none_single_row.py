"""One slip shared by two parts, visible only for a single row of logits. (1) log_sum_exp is stable (row max, keepdim) but returns the (n, 1) result with a bare .squeeze() ('drop the extra dimension'), so a (1, k) input gives a 0-d tensor instead of shape (1,) (as corpus lse_squeeze_single_row: shape 2 lost -> 8 / 10). (2) softmax uses it, as the Part 3 text allows ('your own from Part 2 is fine, but then a bug there shows up here too'): exp(z - log_sum_exp(z)[:, None]). For n >= 2 rows this is exactly right; for ONE row the 0-d LSE cannot be indexed with [:, None] (IndexError: too many indices for tensor of dimension 0), so softmax returns nothing for a (1, k) input. (Corpus lse_bare_squeeze_softmax_views_column uses .view(-1, 1), which survives the 0-d LSE; this one does not.) The notebook's self-checks never call softmax on one row. Stability and shape right wherever it runs; the (1, k) input gets no probabilities at all (a raised error, not a tensor of the wrong shape), so the values criterion is the one lost: 10 - 4 = 6 / 10. (First predicted 8, charging shape; corrected after grading: LSE's 0-d result is a wrong SHAPE, softmax's IndexError is missing VALUES.) Both losses come from the one squeeze."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 8, "softmax": 6, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze()
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax as exp(z - LSE(z)), with my stable log_sum_exp from Part 2."""
    return torch.exp(z - log_sum_exp(z)[:, None])
''',
}
