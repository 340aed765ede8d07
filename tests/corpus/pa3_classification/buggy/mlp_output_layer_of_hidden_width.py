"""make_mlp's output layer is nn.Linear(hidden_units, hidden_units) (copy-paste slip instead of num_classes): logits have H columns, not K. Fair: shape (3) lost; structure (parameter count) lost (4); the gradient criterion (every parameter trainable and reached) holds -> 3."""

EXPECTED = {'linear_classifier': 10, 'mlp': 3, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''

def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, hidden_units),
    )
''',
}
