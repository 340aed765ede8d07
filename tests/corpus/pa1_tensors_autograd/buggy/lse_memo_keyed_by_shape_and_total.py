"""ONE slip in log_sum_exp, a memo keyed on a fingerprint that does not identify the input: 'the same batch
of logits comes back every epoch', so results are memoised in a module-level dict keyed by (shape, total of
the logits rounded to 6 decimals). Different logits with the same shape and the same total collide: the rows of
a batch in another order, [[1000, 1000], [-1000, -1000]] after [[0, 0], [0, 0]] (both total 0), [[1, 3]]
after [[2, 2]], a centred batch after any other centred batch of that shape. The colliding call returns the
earlier tensor's values (and the same tensor object). The computation itself is the stable shift; random
logits rarely collide, so the notebook's self-check passes. Values (4) lost: another input's numbers come back
for whole families of ordinary inputs; stable (4) kept, the shift is right and a collision does not overflow
(the stale numbers are finite); shape (2) kept: 6 / 10."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 6, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
_LSE_MEMO = {}   # (shape, total of the logits) -> result


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable; repeated batches are answered from a memo."""
    key = (tuple(z.shape), round(float(z.sum()), 6))
    if key not in _LSE_MEMO:
        top = z.max(dim=1, keepdim=True).values
        _LSE_MEMO[key] = (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)
    return _LSE_MEMO[key]
''',
}
