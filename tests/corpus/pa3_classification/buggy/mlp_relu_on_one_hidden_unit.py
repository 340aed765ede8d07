"""Junk (mlp), just enough nonlinearity to not be affine: the module has the asked layers (Linear(d, H), Linear(H, K): the right parameter count), but its forward applies the ReLU to the FIRST hidden unit only and passes the other H - 1 units through unchanged, h = cat(relu(a[:, :1]), a[:, 1:]). The output is not affine (one kinked unit), every parameter gets a gradient, but H - 1 of the H hidden units are linear and collapse with the output layer into one linear map: the model is softmax regression plus a single ReLU unit, not a hidden layer with an elementwise nonlinearity. Honestly: shape (3) and gradient (3) earned, structure lost -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        a = self.hidden(x)
        h = torch.cat([torch.relu(a[:, :1]), a[:, 1:]], dim=1)
        return self.output(h)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
}
