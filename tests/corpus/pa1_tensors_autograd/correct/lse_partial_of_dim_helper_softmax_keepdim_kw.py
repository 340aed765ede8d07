"""Correct, the graded name bound to a functools.partial and reused with an extra keyword: the Part 2 cell writes a general stable helper _stable_lse(z, dim, keepdim=False) (torch.amax shift with keepdim, log of the summed exponentials, squeezed unless keepdim) and binds log_sum_exp = functools.partial(_stable_lse, dim=1), which takes z as asked. softmax (Part 3) calls the student's log_sum_exp with keepdim=True through the partial and returns exp(z - LSE). Right for any (n, k), ties and +-1000 rows included: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
import functools


def _stable_lse(z, dim, keepdim=False):
    """log(sum(exp(z))) along dim, shifted by the maximum along dim."""
    top = torch.amax(z, dim=dim, keepdim=True)
    out = top + torch.log(torch.sum(torch.exp(z - top), dim=dim, keepdim=True))
    return out if keepdim else out.squeeze(dim)


# Row-wise log-sum-exp: z of shape (n, k) -> shape (n,)
log_sum_exp = functools.partial(_stable_lse, dim=1)
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, exp(z - LSE(z)) with my log_sum_exp (kept as a column)."""
    return torch.exp(z - log_sum_exp(z, keepdim=True))
''',
}
