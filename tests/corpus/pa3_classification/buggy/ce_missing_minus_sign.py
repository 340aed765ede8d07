"""cross_entropy returns the mean log-probability of the true class (log_softmax picked by advanced indexing), forgetting the minus sign: stable and by hand, but the value is the negative of the loss and its gradient points the other way (one_hot - softmax): loses value (7) and gradient (2) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    log_probs = F.log_softmax(logits, dim=1)
    return log_probs[torch.arange(n), targets].mean()
''',
}
