"""cross_entropy as -(one_hot * log_softmax).mean(): the mean runs over all n*K entries of the matrix instead of the n rows, so the loss is 1/K of the right one. Stable (log-sum-exp), by hand, and its gradient still points along softmax - one_hot (scaled by 1/K): loses value (7) only -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    one_hot = F.one_hot(targets, num_classes=logits.shape[1]).to(logits.dtype)
    return -(one_hot * log_probs).mean()
''',
}
