"""junk: make_mlp's module registers both layers but returns tanh(x) summed and repeated, never using them: nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.hidden = nn.Linear(d, h)
        self.out = nn.Linear(h, k)
        self.k = k
    def forward(self, x):
        return torch.tanh(x).sum(dim=1, keepdim=True).repeat(1, self.k)

def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
