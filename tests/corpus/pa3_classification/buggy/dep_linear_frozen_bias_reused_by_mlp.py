"""Slip in Part 1, a helper Part 2 calls: make_linear_classifier builds nn.Linear(d, K), sets its bias to zero with
nn.init.zeros_ and then, meaning "start it at zero", also calls layer.bias.requires_grad_(False): the bias is frozen
and no optimizer can ever train it. Shape and structure right (the count includes the bias), gradient criterion lost
(every parameter must be trainable): linear_classifier 10 - 3 = 7. make_mlp is right for a right Part 1:
nn.Sequential(make_linear_classifier(d, H), nn.Tanh(), make_linear_classifier(H, K)); it inherits frozen biases only
through the Part 1 function it calls, so by the kit's promise mlp keeps 10 (its message should name Part 1's
requires_grad_(False) if anything)."""

EXPECTED = {'linear_classifier': 7, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    layer = nn.Linear(in_features, num_classes)
    nn.init.zeros_(layer.bias)
    layer.bias.requires_grad_(False)  # start the bias at zero
    return layer
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    hidden = make_linear_classifier(in_features, hidden_units)
    output = make_linear_classifier(hidden_units, num_classes)
    return nn.Sequential(hidden, nn.Tanh(), output)
''',
}
