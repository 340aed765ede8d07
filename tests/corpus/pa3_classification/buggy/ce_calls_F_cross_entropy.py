"""cross_entropy just calls F.cross_entropy instead of writing the loss: loses by_hand (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    return F.cross_entropy(logits, targets)
''',
}
