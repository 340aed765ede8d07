"""Correct (cross_entropy), defensive about the targets' form, the right way: targets = targets.reshape(-1).long()
accepts class indices of shape (n,) or (n, 1) and of any integer dtype (int64 from the loaders: a no-op), and unlike
squeeze() it keeps a batch of ONE example as shape (1,); n is logits.shape[0]. LSE by torch.logsumexp over dim=-1, the
true-class logit by advanced indexing with an arange on the logits' device, the sum divided by n. Any n (1
included), any K: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    targets = targets.reshape(-1).long()          # (n,) or (n, 1) -> (n,); a single example stays (1,)
    n = logits.shape[0]
    rows = torch.arange(n, device=logits.device)
    per_example = torch.logsumexp(logits, dim=-1) - logits[rows, targets]
    return per_example.sum() / n
''',
}
