"""Both models built from nn.LazyLinear, which takes its input size from the first batch it sees (the rest as the reference): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.LazyLinear(num_classes)
''',
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.LazyLinear(hidden_units), nn.ReLU(), nn.LazyLinear(num_classes))
''',
}
