"""cross_entropy calls F.cross_entropy kept in a default argument: loses by_hand (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets, _f=F.cross_entropy):
    return _f(logits, targets)
''',
}
