"""cross_entropy looks the ready-made loss up in a dict of functions (the name-based spy cannot see it; the result's autograd graph can): loses by_hand (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
LOSSES = {"ce": F.cross_entropy, "mse": F.mse_loss}


def cross_entropy(logits, targets):
    return LOSSES["ce"](logits, targets)
''',
}
