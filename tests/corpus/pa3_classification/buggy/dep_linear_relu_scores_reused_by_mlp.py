"""Slip in Part 1, a helper Part 2 calls: softmax regression written as nn.Sequential(nn.Linear(d, K), nn.ReLU())
("scores should be positive"): no logit can be negative and the model is not affine: linear_classifier loses
structure (4) -> 6 (as buggy/linear_relu_on_logits). make_mlp is written right for a right Part 1:
nn.Sequential(make_linear_classifier(d, H), nn.ReLU(), make_linear_classifier(H, K)), with its own ReLU between the
layers; through Part 1 the hidden ReLU is doubled (harmless) and the output layer gets a ReLU after it, which is
Part 1's slip, not make_mlp's. By the kit's promise mlp keeps 10."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return nn.Sequential(nn.Linear(in_features, num_classes), nn.ReLU())  # positive scores
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(make_linear_classifier(in_features, hidden_units), nn.ReLU(),
                         make_linear_classifier(hidden_units, num_classes))
''',
}
