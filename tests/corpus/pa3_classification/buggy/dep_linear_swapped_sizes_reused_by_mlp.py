"""Slip in Part 1, a helper Part 2 calls: make_linear_classifier returns nn.Linear(num_classes, in_features),
reading "W in R^{K x d}" as "K first" (as /tmp/r29 linear_in_out_swapped): the layer expects K features, so for
every d != K the first forward pass raises "mat1 and mat2 shapes cannot be multiplied": linear_classifier 0.
make_mlp is right for a right Part 1 (make_linear_classifier(in_features=d, num_classes=H), nn.ReLU(),
make_linear_classifier(in_features=H, num_classes=K), keyword arguments); through the swapped builder its layers are
Linear(H, d) and Linear(K, H) and its forward raises too. That is Part 1's slip: by the kit's promise mlp keeps 10,
and a message about the MLP's shapes should say the layers come from make_linear_classifier."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    # W is K x d
    return nn.Linear(num_classes, in_features)
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(
        make_linear_classifier(in_features=in_features, num_classes=hidden_units),
        nn.ReLU(),
        make_linear_classifier(in_features=hidden_units, num_classes=num_classes),
    )
''',
}
