"""make_mlp builds its hidden layer with bias=False (copied from a tutorial that follows it with batch norm): H parameters short of the asked architecture. Right shape, nonlinear, every parameter trained: loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units, bias=False),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
