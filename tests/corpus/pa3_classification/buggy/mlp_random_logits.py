"""Junk (mlp): make_mlp returns a module with the two right nn.Linear layers (so the parameter count is right), whose forward returns torch.randn(n, K) plus 0 * (the layers' output sum), so every parameter is "reached" by autograd with a zero gradient: random logits of the right shape that do not follow the input. Form without substance -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class RandomMLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden_units)
        self.fc2 = nn.Linear(hidden_units, num_classes)
        self.num_classes = num_classes

    def forward(self, x):
        real = self.fc2(torch.relu(self.fc1(x)))
        return torch.randn(x.shape[0], self.num_classes) + 0 * real


def make_mlp(in_features, hidden_units, num_classes):
    return RandomMLP(in_features, hidden_units, num_classes)
''',
}
