"""Softmax regression as its own module with the weight stored as (in_features, num_classes) and forward via torch.addmm (xavier init); the MLP's nn.Sequential assembled from a list of layers built in a loop over the layer sizes, with nn.SiLU as the nonlinearity: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    """z = x W + b, with W kept as (in_features, num_classes) so that no transpose is needed."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.W = nn.Parameter(torch.empty(in_features, num_classes))
        self.b = nn.Parameter(torch.zeros(num_classes))
        nn.init.xavier_uniform_(self.W)

    def forward(self, x):
        return torch.addmm(self.b, x, self.W)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    sizes = [in_features, hidden_units, num_classes]
    layers = []
    for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(nn.Linear(fan_in, fan_out))
        if i < len(sizes) - 2:  # a nonlinearity after every layer but the last
            layers.append(nn.SiLU())
    return nn.Sequential(*layers)
''',
}
