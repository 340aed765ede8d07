"""Junk (mlp), property matching: the module holds the asked nn.Sequential (Linear, ReLU, Linear: right parameter count) but forward returns tanh(x @ A) @ B with A, B fixed random BUFFERS drawn from a seeded generator, plus 0 * the real network's output so autograd "reaches" every parameter (with zero gradient). Right shape, nonlinear in x, logits that follow the input: but the parameters do nothing (the output is the same whatever their values), so it can never learn. Form without substance: mlp 0 (as buggy/linear_fixed_matrix)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(),
                                 nn.Linear(hidden_units, num_classes))
        g = torch.Generator().manual_seed(0)
        self.register_buffer("A", torch.randn(in_features, hidden_units, generator=g))
        self.register_buffer("B", torch.randn(hidden_units, num_classes, generator=g))

    def forward(self, x):
        return torch.tanh(x @ self.A) @ self.B + 0.0 * self.net(x)


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
