"""junk: make_mlp builds the right nn.Sequential (Linear, ReLU, Linear) but the wrapper's forward feeds it torch.randn_like(x) instead of x: right shape, right parameter count, every parameter gets a gradient and the output is not affine in x, yet the logits do not depend on the inputs at all. Expect 0 of 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class NoisyMLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(d, h), nn.ReLU(), nn.Linear(h, k))

    def forward(self, x):
        return self.net(torch.randn_like(x))


def make_mlp(in_features, hidden_units, num_classes):
    return NoisyMLP(in_features, hidden_units, num_classes)
''',
}
