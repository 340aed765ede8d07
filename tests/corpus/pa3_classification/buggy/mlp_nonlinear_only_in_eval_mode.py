"""Junk (mlp), nonlinear only where the checks look: the module has the asked layers (Linear(d, H), Linear(H, K): the right parameter count), but forward applies the ReLU only when the model is in evaluation mode (`if not self.training: h = torch.relu(h)`, "the nonlinearity only matters for predictions"). In training mode, where every gradient step is taken, the network is Linear -> Linear, one affine map: it trains exactly as softmax regression (straight boundaries), and only its evaluation adds a ReLU the training never accounted for. Checks run in eval mode see a hidden layer with a nonlinearity. Honestly: shape (3) and gradient (3) earned, structure lost (the model that is trained is affine) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        h = self.hidden(x)
        if not self.training:
            h = torch.relu(h)  # the nonlinearity only matters for predictions
        return self.output(h)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(in_features, hidden_units, num_classes)
''',
}
