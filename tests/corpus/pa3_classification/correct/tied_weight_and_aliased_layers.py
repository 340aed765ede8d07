"""Weight sharing done right. Softmax regression keeps two nn.Linear layers that share ONE weight matrix (readout.weight = scores.weight, the readout without a bias) and adds the first layer's bias: model.parameters() lists each shared tensor once, so the model has d*K + K parameters and is z = W x + b. The MLP keeps its nn.Sequential and also names its two layers as attributes (self.hidden, self.output: the same modules, so the same parameters, counted once) and its forward goes through those names. state_dict() lists the shared tensors twice, parameters() once: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class TiedSoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.scores = nn.Linear(in_features, num_classes)
        self.readout = nn.Linear(in_features, num_classes, bias=False)
        self.readout.weight = self.scores.weight   # one weight matrix, shared by both layers

    def forward(self, x):
        return self.readout(x) + self.scores.bias


def make_linear_classifier(in_features, num_classes):
    return TiedSoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(),
                                 nn.Linear(hidden_units, num_classes))
        self.hidden, self.output = self.net[0], self.net[2]   # handy names for the same two layers

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
