"""make_mlp stacks two hidden layers of hidden_units each (Linear, ReLU, Linear, ReLU, Linear) "because deeper is better": right shape, nonlinear, every parameter trained, but not the asked architecture (H*H + H parameters too many): loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
