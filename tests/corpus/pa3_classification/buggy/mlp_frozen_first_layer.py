"""The hidden layer's parameters are frozen (requires_grad_(False)): the optimizer could not train them, loses gradient (3) -> 7."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    first = nn.Linear(in_features, hidden_units).requires_grad_(False)
    return nn.Sequential(first, nn.ReLU(), nn.Linear(hidden_units, num_classes))
''',
}
