"""Softmax regression without a bias (nn.Linear(..., bias=False)): loses structure (4), keeps shape and gradients -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes, bias=False)
''',
}
