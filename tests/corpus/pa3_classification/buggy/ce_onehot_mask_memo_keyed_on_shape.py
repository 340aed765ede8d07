"""Slip (cross_entropy), a memo keyed on something that does not identify the input: to avoid "building the
one-hot mask on every batch" the student caches it in a module-level dict _MASKS keyed on logits.shape only. The
mask depends on the TARGETS, which the key ignores: the first call for a given (n, K) computes the right loss (row
max, log-sum-exp, true-class logit by the mask, mean), and every later call with the same shape reuses that first
call's targets. In the notebook the self-check's two calls are the first of their shapes, so it passes; fit's batches
of 25 (and 100) are all scored against the first batch's labels. Stable (the shift is right, nothing overflows) and
written by hand, but the value is not the cross-entropy of the targets it is given and its gradient pulls towards the
wrong classes: loses value (7) and gradient (2) -> 6.

Graded as the grader's rubric scores it (cross_entropy 6 -> 0).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
_MASKS = {}   # one-hot masks, built once per batch shape


def _true_class_mask(targets, shape):
    key = tuple(shape)
    if key not in _MASKS:
        _MASKS[key] = F.one_hot(targets, shape[1]).bool()
    return _MASKS[key]


def cross_entropy(logits, targets):
    top = logits.amax(dim=1, keepdim=True)
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = (logits * _true_class_mask(targets, logits.shape)).sum(dim=1)
    return (lse - right).mean()
''',
}
