"""NOTE: BatchNorm adds parameters, so the parameter-count part of structure is lost by spec (mlp 6); _rows_mixed itself did not fire. honest: make_mlp with Linear -> BatchNorm1d -> ReLU -> Dropout(0.2) -> Linear. In eval mode BatchNorm uses its running statistics and dropout is off, so each example's logits are its own. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden), nn.BatchNorm1d(hidden), nn.ReLU(), nn.Dropout(0.2),
                         nn.Linear(hidden, num_classes))
''',
}
