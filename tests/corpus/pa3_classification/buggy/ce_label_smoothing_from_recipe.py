"""Slip (cross_entropy), a training recipe's default copied in: the student writes the loss by hand and stably
(torch.logsumexp, the true logit by advanced indexing) but with label smoothing 0.1 "as in the ImageNet recipes":
(1 - 0.1) * (LSE - z_y) + 0.1 * (LSE - mean_k z_k), averaged over the batch. That is the cross-entropy against a
smoothed target, not the asked mean -log p_y: the value is wrong (by 0.1 * (z_y - mean z) per row) and so is the
gradient (softmax - smoothed one-hot). Stable and by hand: loses value (7) and gradient (2) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
LABEL_SMOOTHING = 0.1


def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    lse = torch.logsumexp(logits, dim=1)
    nll = lse - logits[torch.arange(logits.shape[0]), targets]
    smooth = lse - logits.mean(dim=1)          # cross-entropy against the uniform distribution
    return ((1 - LABEL_SMOOTHING) * nll + LABEL_SMOOTHING * smooth).mean()
''',
}
