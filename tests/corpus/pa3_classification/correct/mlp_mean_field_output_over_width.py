"""Correct (mlp), the "mean-field" parametrisation from the wide-network literature: the student's own module keeps
Linear(d, H) and Linear(H, K) and divides the output layer's result by the width H, z = (W2 relu(W1 x + b1) + b2) / H
("so that the logits do not grow with the number of hidden units"). The division by a constant is absorbed by the
output layer (W2 / H, b2 / H is an output layer like any other): the same family of functions, dH + H + HK + K
parameters, ReLU on every hidden unit, logits (signed, any size), each row its own, every parameter trained. The
logits are 128 times smaller than a plain MLP's at equal parameters, which changes nothing in what the model can
represent: fully correct (a grader comparing nonlinearity against the logits' own size must not be fooled by their
scale)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class MeanFieldMLP(nn.Module):
    """One hidden layer, output divided by the width (mean-field scaling)."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)
        self.width = float(hidden_units)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x))) / self.width


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MeanFieldMLP(in_features, hidden_units, num_classes)
''',
}
