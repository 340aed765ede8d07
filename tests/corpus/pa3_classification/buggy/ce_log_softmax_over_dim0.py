"""cross_entropy uses log_softmax over dim=0 (normalising each class over the batch instead of each example over the classes), then picks logits[i, y_i] and averages: stable and by hand, but wrong value and wrong gradient. Fair: value (7) and gradient (2) lost -> expect 4-8 of 15 (6 by the stated weights)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    log_p = torch.log_softmax(logits, dim=0)
    n = logits.shape[0]
    return -log_p[torch.arange(n), targets].mean()
''',
}
