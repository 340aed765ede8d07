"""junk (cross_entropy): the loss is torch's ready-made F.kl_div(F.log_softmax(logits), one_hot, reduction='batchmean'), which for one-hot targets is exactly the mean negative log-likelihood (torch's KL divergence loss, not written by hand). by_hand lost (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    onehot = F.one_hot(targets, logits.shape[1]).to(logits.dtype)
    return F.kl_div(F.log_softmax(logits, dim=1), onehot, reduction="batchmean")
''',
}
