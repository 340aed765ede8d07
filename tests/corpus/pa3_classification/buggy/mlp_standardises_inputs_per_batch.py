"""Slip (mlp), statistics of the batch inside forward: the student's MLP (nn.Linear(d, H), ReLU, nn.Linear(H, K), the right sizes) standardises its input features first, x = (x - x.mean(dim=0)) / (x.std(dim=0) + 1e-5) ("standardised features train faster"), with the mean and the standard deviation of the BATCH it is given. Each example's logits then depend on the other rows of the batch (the same point gets other logits in another batch, a batch of ONE gives NaN logits: std of one value), which the README's structure criterion excludes ("each example's logits from its own row, not from the rest of the batch"). The notebook's self-check passes (50 points: right shape, 63 parameters, nonlinear). Shape and gradient right, the count right; structure (4) lost -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        x = (x - x.mean(dim=0)) / (x.std(dim=0) + 1e-5)   # standardised features train faster
        return self.out(torch.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
}
