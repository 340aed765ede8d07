"""The hidden layer always has 64 units, ignoring hidden_units: wrong parameter count, loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, 64), nn.ReLU(), nn.Linear(64, num_classes))
''',
}
