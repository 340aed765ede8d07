"""Slip (mlp): make_mlp inserts nn.BatchNorm1d(hidden_units) after the first linear layer (Linear, BatchNorm1d, ReLU, Linear), as in many tutorials: right shape, nonlinear, logits, every parameter trained, but 2H parameters more than the asked architecture (dH + H + HK + K): loses structure (4) -> 6 (as buggy/mlp_two_hidden_layers)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.BatchNorm1d(hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
