"""Correct, organised with a decorator, a closure factory and functools.partial. Part 1: a homemade decorator
@expects_two_matrices (functools.wraps) checks that A and B are 2-D with the same d (explicit ifs, no loop)
and passes the call through; the distances are the reference broadcast, reduced over the module constant
FEATURE_DIM = -1 (read only). Part 2: log_sum_exp = make_row_lse(dim=1), a factory whose inner function
closes over dim (a value fixed when the factory runs, not a loop variable) and shifts by the row amax.
Part 3: softmax = functools.partial(softmax_along, dim=1), a general stable softmax bound to the row axis.
Nothing is cached or mutated: each call depends only on its arguments, any number of times: full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
import functools

FEATURE_DIM = -1


def expects_two_matrices(fn):
    """Check that both arguments are (rows, d) matrices with the same d, then call fn."""
    @functools.wraps(fn)
    def wrapper(A, B):
        if A.dim() != 2 or B.dim() != 2:
            raise ValueError(f"expected two matrices, got shapes {tuple(A.shape)} and {tuple(B.shape)}")
        if A.shape[FEATURE_DIM] != B.shape[FEATURE_DIM]:
            raise ValueError(f"A and B need the same number of features, got {A.shape[-1]} and {B.shape[-1]}")
        return fn(A, B)
    return wrapper


@expects_two_matrices
def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B."""
    difference = A.unsqueeze(1) - B.unsqueeze(0)          # (n, m, d)
    return difference.square().sum(dim=FEATURE_DIM)
''',
    "log_sum_exp_answer": r'''
def make_row_lse(dim):
    """A stable log-sum-exp along a fixed dimension."""
    def lse(z):
        top = z.amax(dim=dim, keepdim=True)
        return (top + (z - top).exp().sum(dim=dim, keepdim=True).log()).squeeze(dim)
    lse.__name__ = "log_sum_exp"
    return lse


log_sum_exp = make_row_lse(dim=1)
''',
    "softmax_answer": r'''
import functools


def softmax_along(z, dim):
    """Stable softmax along dim: shift by the maximum, exponentiate, normalise."""
    e = (z - z.amax(dim=dim, keepdim=True)).exp()
    return e / e.sum(dim=dim, keepdim=True)


softmax = functools.partial(softmax_along, dim=1)
''',
}
