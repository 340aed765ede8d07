"""The linear-classifier cell starts with torch.set_default_dtype(torch.float64) ("for precision"); both models are the student's own nn.Module classes whose forward casts the input to the dtype of their weights (x.to(self.linear.weight.dtype)), so the float32 spirals go through float64 layers. The global default stays float64 for the rest of the notebook (the self-checks of train_epoch and evaluate build float32-data / float64 nn.Linear pairs and fail there, which is the notebook's own check, not the student's function). Every function behaves as asked: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
torch.set_default_dtype(torch.float64)  # more precise training


class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.linear = nn.Linear(in_features, num_classes)

    def forward(self, x):
        x = x.to(self.linear.weight.dtype)  # data are float32, the layer is float64
        return self.linear(x)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': '''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        x = x.to(self.hidden.weight.dtype)
        return self.out(torch.relu(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
