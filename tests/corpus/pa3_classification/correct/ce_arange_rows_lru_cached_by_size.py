"""Correct (cross_entropy), memoisation done right: the student caches the row index torch.arange(n) with
functools.lru_cache keyed on (n, device string), "so that every training batch does not allocate it again". The
arange depends only on n and the device, never on the logits or the targets, so the cached tensor is always the
right index (it is an int64 tensor without autograd; indexing with it keeps the logits' graph). LSE by
torch.logsumexp (allowed by the hint), the true-class logit by advanced indexing, the mean over n. Value, stability,
gradient and no ready-made loss: every criterion of Part 3 holds -> full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
import functools


@functools.lru_cache(maxsize=32)
def _row_index(n, device):
    """torch.arange(n) on `device`, built once per (n, device)."""
    return torch.arange(n, device=device)


def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    rows = _row_index(n, str(logits.device))
    lse = torch.logsumexp(logits, dim=1)
    true_logit = logits[rows, targets]
    return (lse - true_logit).mean()
''',
}
