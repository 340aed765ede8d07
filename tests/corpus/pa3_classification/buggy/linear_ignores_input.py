"""A module whose forward returns its bias for every row, whatever the input: a constant of the right shape earns nothing -> 0."""

EXPECTED = {'linear_classifier': 0, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
class Constant(nn.Module):
    def __init__(self, d, k):
        super().__init__()
        self.linear = nn.Linear(d, k)

    def forward(self, x):
        return self.linear.bias.expand(x.shape[0], -1) + 0 * self.linear.weight.sum()


def make_linear_classifier(in_features, num_classes):
    return Constant(in_features, num_classes)
''',
}
