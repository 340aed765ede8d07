"""A ReLU after the output layer as well: the logits can never be negative, so the model cannot express a class it rules out; loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(),
                         nn.Linear(hidden_units, num_classes), nn.ReLU())
''',
}
