"""Junk (mlp), just enough nonlinearity for a check of 'more than one direction': the module has Linear(d, H) and Linear(H, K) (the right count), but forward applies the ReLU to the FIRST TWO hidden units only and passes the other H - 2 through linearly, h = cat(relu(a[:, :2]), a[:, 2:]). The H - 2 linear units collapse with the output layer into one linear map: the model is softmax regression plus two ReLU units, not a hidden layer with an elementwise nonlinearity (as buggy/mlp_relu_on_one_hidden_unit, with one unit more). Shape and gradient earned, structure lost -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        a = self.hidden(x)
        h = torch.cat([torch.relu(a[:, :2]), a[:, 2:]], dim=1)
        return self.out(h)


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
