"""Correct, fastai-style function composition and comprehension idioms. softmax = compose(shift_by_row_max,
torch.exp, normalise_rows), a small compose() helper folding the functions left to right (each one row-wise,
keepdim). numerical_gradient builds the basis directions as the rows of torch.eye(n, dtype=x.dtype) reshaped to
(n, *x.shape) and computes every central difference in a list comprehension over them, then
torch.tensor(..., dtype=x.dtype).reshape(x.shape): x is never written, the dtype (float64) is kept, any shape
(a 0-d x gives n = 1; an empty x an empty gradient). The step along e_i is exactly eps. Full marks."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "softmax_answer": r'''
from functools import reduce

def compose(*fns):
    """compose(f, g, h)(z) == h(g(f(z)))"""
    return lambda z: reduce(lambda acc, fn: fn(acc), fns, z)

def shift_by_row_max(z):
    return z - z.max(dim=1, keepdim=True).values

def normalise_rows(e):
    return e / e.sum(dim=1, keepdim=True)

softmax = compose(shift_by_row_max, torch.exp, normalise_rows)
''',
    "numerical_gradient_answer": r'''
def numerical_gradient(f, x, eps=1e-6):
    n = x.numel()
    basis = torch.eye(n, dtype=x.dtype).reshape(n, *x.shape)    # basis[i] = e_i, shaped like x
    diffs = [(float(f(x + eps * e)) - float(f(x - eps * e))) / (2 * eps) for e in basis]
    return torch.tensor(diffs, dtype=x.dtype).reshape(x.shape)
''',
}
