"""The MLP uses nn.PReLU() as its nonlinearity (nn.Sequential(Linear, PReLU, Linear)). The notebook's hint says "Any elementwise nonlinearity that PyTorch provides as a module is fine", and PReLU is one; it carries ONE learnable slope, so the model has dH + H + HK + K + 1 parameters (the self-check's count fails by one). First expected full marks by the hint's wording; revised: the text fixes the count at dH + H + HK + K and the notebook's own self-check fails on it ("need ... 63 parameters, the model has 64"), so the student is told; losing structure (4) -> 6 is consistent with buggy/mlp_hidden_layer_without_bias (H parameters short -> 6). The hint's wording ("any elementwise nonlinearity ... as a module is fine") invites this; worth rewording in the notebook."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.PReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
