"""Correct, written by an R user who recreates R's vocabulary: rowSums(), outer(x, y, "+") and
sweep(x, 1, stats, FUN) as small broadcasting helpers (no loops: outer is x[:, None] op y[None, :], sweep
subtracts / divides a per-row statistic kept as a column). pairwise_sq_dists is
outer(rowSums(A^2), rowSums(B^2), "+") - 2 A %*% t(B), clamped at 0; log_sum_exp is m + log(rowSums(exp(sweep(z,
1, m, "-")))) with m the row maxima; softmax is sweep(E, 1, rowSums(E), "/") with E = exp(sweep(z, 1, m, "-")).
All with R's MARGIN = 1 (rows) translated to dim=1 reductions and column vectors. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import operator

_OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}


def rowSums(X):
    return X.sum(dim=1)


def outer(x, y, op="*"):
    return _OPS[op](x[:, None], y[None, :])


def sweep(X, margin, stats, op="-"):
    assert margin == 1, "only MARGIN = 1 (rows) is needed here"
    return _OPS[op](X, stats[:, None])


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    D = outer(rowSums(A ** 2), rowSums(B ** 2), "+") - 2 * (A @ B.t())
    return D.clamp(min=0)
''',
    "log_sum_exp_answer": r'''
def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable for large positive or negative logits."""
    m = z.max(dim=1).values                               # apply(z, 1, max)
    return m + torch.log(rowSums(torch.exp(sweep(z, 1, m, "-"))))
''',
    "softmax_answer": r'''
def softmax(z):
    """Row-wise softmax, stable for large positive or negative logits."""
    m = z.max(dim=1).values
    E = torch.exp(sweep(z, 1, m, "-"))
    return sweep(E, 1, rowSums(E), "/")
''',
}
