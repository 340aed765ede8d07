"""junk (cross_entropy): nn.CrossEntropyLoss held in a class attribute's dict, the targets turned one-hot float. The module's forward calls F.cross_entropy by attribute, so the spy should see it: ready-made -> loses by_hand (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
_crit = {"ce": torch.nn.CrossEntropyLoss()}


def cross_entropy(logits, targets):
    return _crit["ce"](logits, F.one_hot(targets, logits.shape[1]).float())
''',
}
