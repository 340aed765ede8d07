"""junk: cross_entropy returns the mean of each row's standard deviation, ignoring the targets: nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    return logits.std(dim=1).mean()
''',
}
