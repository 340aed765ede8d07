"""Slip (cross_entropy), round 15: the per-example losses are summed and divided by logits.shape[1] (the number of classes K) instead of logits.shape[0] (the number of examples n). Stable (max shift), its gradient autograd's own (that of the value returned); loses value (7) only -> 8, as buggy/ce_sum_not_mean. On the one-example case, a confident right prediction, the loss is about 1e-4 and float32 knows it only to a few percent: the grader must not read the returned multiple so exactly that it blames the gradient."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (lse - right).sum() / logits.shape[1]
''',
}
