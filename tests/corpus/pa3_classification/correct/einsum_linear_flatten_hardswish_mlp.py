"""Softmax regression as its own module with nn.Parameter W (K x d) and b, forward via torch.einsum("nd,kd->nk"); the MLP is the PyTorch "Build the Neural Network" tutorial's NeuralNetwork class (nn.Flatten, then a linear_relu_stack nn.Sequential) with nn.Hardswish as the nonlinearity: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.W = nn.Parameter(0.01 * torch.randn(num_classes, in_features))
        self.b = nn.Parameter(torch.zeros(num_classes))

    def forward(self, x):
        # z_n = W x_n + b for every row n
        return torch.einsum("nd,kd->nk", x, self.W) + self.b


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
class NeuralNetwork(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(in_features, hidden_units),
            nn.Hardswish(),
            nn.Linear(hidden_units, num_classes),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


def make_mlp(in_features, hidden_units, num_classes):
    return NeuralNetwork(in_features, hidden_units, num_classes)
''',
}
