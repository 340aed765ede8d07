"""Both models written functionally: softmax regression keeps an nn.Linear but its forward calls F.linear(x, self.fc.weight, self.fc.bias); the MLP holds four nn.Parameter tensors (kaiming / zero init) and its forward is F.linear, .relu(), F.linear: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class LinearClassifier(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.fc = nn.Linear(in_features, num_classes)

    def forward(self, x):
        return F.linear(x, self.fc.weight, self.fc.bias)


def make_linear_classifier(in_features, num_classes):
    return LinearClassifier(in_features, num_classes)
''',
    'mlp_answer': r'''
class TwoLayerNet(nn.Module):
    def __init__(self, d, h, k):
        super().__init__()
        self.w1 = nn.Parameter(torch.empty(h, d))
        self.b1 = nn.Parameter(torch.zeros(h))
        self.w2 = nn.Parameter(torch.empty(k, h))
        self.b2 = nn.Parameter(torch.zeros(k))
        nn.init.kaiming_uniform_(self.w1, nonlinearity="relu")
        nn.init.kaiming_uniform_(self.w2, nonlinearity="linear")

    def forward(self, x):
        hidden = F.linear(x, self.w1, self.b1).relu()
        return F.linear(hidden, self.w2, self.b2)


def make_mlp(in_features, hidden_units, num_classes):
    return TwoLayerNet(in_features, hidden_units, num_classes)
''',
}
