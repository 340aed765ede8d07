"""Correct, memoisation done right: log_sum_exp and softmax keep a small bounded cache (an OrderedDict of at most
64 entries, oldest dropped) keyed by EVERYTHING the result depends on: dtype, device, shape and the raw bytes of z
(z.detach().cpu().contiguous().numpy().tobytes()). Another z -- even the same rows in another order, or the same
shape and total -- has other bytes and is computed afresh; a hit returns a clone, so a caller who edits the result
cannot corrupt the cache. The computation itself is the stable row-max shift (keepdim), shapes (n,) and (n, k).
Deterministic in z's contents alone: values, stability, shape all right: 10 / 10 for both."""

EXPECTED = {"pairwise_sq_dists": 15, "log_sum_exp": 10, "softmax": 10, "numerical_gradient": 15, "gradient_check": 10, "value_and_grad": 15, "plot_derivative": 10, "written": None}

ANSWERS = {
    "log_sum_exp_answer": r'''
from collections import OrderedDict


def _content_key(name, z):
    data = z.detach().cpu().contiguous().numpy().tobytes()
    return (name, str(z.dtype), str(z.device), tuple(z.shape), data)


_CACHE = OrderedDict()
_CACHE_SIZE = 64


def _memo(name, z, compute):
    key = _content_key(name, z)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key].clone()
    result = compute(z)
    _CACHE[key] = result.detach().clone()
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return result


def _lse(z):
    top = z.max(dim=1, keepdim=True).values
    return (top + torch.log(torch.exp(z - top).sum(dim=1, keepdim=True))).squeeze(1)


def log_sum_exp(z):
    """Row-wise log(sum(exp(z))), stable, memoised on z's contents."""
    return _memo("lse", z, _lse)
''',
    "softmax_answer": r'''
def _softmax(z):
    e = torch.exp(z - z.max(dim=1, keepdim=True).values)
    return e / e.sum(dim=1, keepdim=True)


def softmax(z):
    """Row-wise softmax, stable, memoised on z's contents (cache helpers from the Part 2 cell)."""
    return _memo("softmax", z, _softmax)
''',
}
