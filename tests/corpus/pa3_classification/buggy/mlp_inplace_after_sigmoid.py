"""Slip (mlp, in-place op on a tensor autograd needs): the student's MLP uses a sigmoid hidden layer and "centres" it IN PLACE, h = torch.sigmoid(self.hidden(x)); h -= 0.5, before the output layer. The forward pass works (right shape, nonlinear, logits, dH + H + HK + K parameters), but sigmoid's backward needs its output, which the in-place subtraction modified: every backward() raises "one of the variables needed for gradient computation has been modified by an inplace operation", so no parameter can be trained. Loses gradient (3) -> 7, and the message should name the in-place modification."""

EXPECTED = {'linear_classifier': 10, 'mlp': 7, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class CentredSigmoidMLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        h = torch.sigmoid(self.hidden(x))
        h -= 0.5  # centre the activations around 0
        return self.output(h)


def make_mlp(in_features, hidden_units, num_classes):
    return CentredSigmoidMLP(in_features, hidden_units, num_classes)
''',
}
