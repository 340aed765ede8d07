"""Slip (mlp), arguments taken in another order: the student writes make_mlp(in_features, num_classes, hidden_units)
("input, output, then the hyper-parameter", as in their old course's helper), and builds Linear(in_features,
hidden_units), ReLU, Linear(hidden_units, num_classes) from those names. Called as the notebook does,
make_mlp(2, 128, 3) builds 3 hidden units and 128 output logits: the logits have H columns instead of K (shape 3 lost)
and the parameter count is dK' + ... of the wrong sizes (structure 4 lost); every parameter is still trained (gradient
3 kept), as buggy/mlp_output_layer_of_hidden_width -> 3."""

EXPECTED = {'linear_classifier': 10, 'mlp': 3, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, num_classes, hidden_units):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
