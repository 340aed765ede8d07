"""Two stateful slips in two parts.
(1) pairwise_sq_dists uses the expansion ||a||^2 + ||b||^2 - 2 a.b and caches the squared row norms in a
module-level dict keyed by the tensor's SHAPE ('the norms of a (n, d) set are reused'). A later A or B of an
already-seen shape gets the norms of the first set of that shape; only the cross term a.b is computed from the
new points. The notebook's self-check catches it: D(A, A) and the single pair are right, but A + 10 and B + 10 get the
norms of A and B, so the translation test fails. Wrong distances for every new set of a seen
shape, right shape, no loop: values (8) lost -> 7 / 15.
(2) value_and_grad keeps ONE module-level leaf, made from the first x it sees (if _LEAF is None: _LEAF =
x.detach().clone().requires_grad_(True)), and does zero its .grad before each backward (it learned that .grad
accumulates), but never copies the new x into it: every later call evaluates f and its gradient at the FIRST
x (for another shape, f usually raises or returns something of the wrong shape). The notebook's self-check uses
one x twice and passes. The caller's x is never touched (5 kept); value (4) and gradient (6) lost: 5 / 15.

Graded as the grader's rubric scores it (pairwise_sq_dists 7 -> 0; value_and_grad 5 -> 0).
"""

EXPECTED = {'pairwise_sq_dists': 0, 'log_sum_exp': 10, 'softmax': 10, 'numerical_gradient': 15, 'gradient_check': 10, 'value_and_grad': 0, 'plot_derivative': 10, 'written': None}

ANSWERS = {
    "pairwise_sq_dists_answer": r'''
_NORMS_BY_SHAPE = {}


def _sq_norms(t):
    key = tuple(t.shape)
    if key not in _NORMS_BY_SHAPE:
        _NORMS_BY_SHAPE[key] = (t * t).sum(dim=1)
    return _NORMS_BY_SHAPE[key]


def pairwise_sq_dists(A, B):
    """Squared Euclidean distance between every row of A and every row of B (expansion)."""
    D = _sq_norms(A)[:, None] + _sq_norms(B)[None, :] - 2.0 * (A @ B.T)
    return D.clamp_min(0.0)
''',
    "value_and_grad_answer": r'''
_LEAF = None


def value_and_grad(f, x):
    """f(x) and its gradient, from autograd, without side effects on x (one leaf, reused)."""
    global _LEAF
    if _LEAF is None:
        _LEAF = x.detach().clone().requires_grad_(True)
    _LEAF.grad = None                   # zero the gradient before each backward
    out = f(_LEAF)
    out.backward()
    return out.item(), _LEAF.grad
''',
}
