"""Junk in Part 2, reusing an honest Part 1: make_mlp is nn.Sequential(make_linear_classifier(d, H),
nn.Hardtanh(-1e4, 1e4), make_linear_classifier(H, K)): a module that is formally a nonlinearity, but clips only beyond
+-10000, which no hidden value of these models reaches, so the network computes two linear maps in a row, one
affine map (W2 W1 x + ...): straight decision boundaries. Shape and gradients honestly earned (6); structure (not
affine) lost -> 6, as buggy/mlp_no_activation. Part 1 (the reference) keeps 10; everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return nn.Sequential(make_linear_classifier(in_features, hidden_units),
                         nn.Hardtanh(-1e4, 1e4),
                         make_linear_classifier(hidden_units, num_classes))
''',
}
