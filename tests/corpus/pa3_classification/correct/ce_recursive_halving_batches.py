"""Correct, recursion: cross_entropy splits a batch of more than 4 examples into two halves, calls itself on each
(through its own global name) and combines the two means weighted by the halves' sizes, (h * left + (n - h) * right)
/ n, which is the mean over all n examples; a batch of at most 4 rows (1 included) is the base case, computed
stably (each row shifted by its own max, log of the sum of exps, true-class logit picked with gather). Value,
stability and gradient are those of the mean cross-entropy for every batch size: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably (divide and conquer over the batch)."""
    n = logits.shape[0]
    if n <= 4:
        top = logits.max(dim=1, keepdim=True).values
        lse = top.squeeze(1) + (logits - top).exp().sum(dim=1).log()
        true = logits.gather(1, targets.view(-1, 1)).squeeze(1)
        return (lse - true).mean()
    half = n // 2
    left = cross_entropy(logits[:half], targets[:half])
    right = cross_entropy(logits[half:], targets[half:])
    return (half * left + (n - half) * right) / n
''',
}
