"""Softmax regression that ends with nn.Softmax, so it returns probabilities instead of logits: loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Sequential(nn.Linear(in_features, num_classes), nn.Softmax(dim=1))
''',
}
