"""Correct (linear_classifier, mlp), tutorial idioms: softmax regression built as nn.Linear and, as the blog post on
logistic regression does, initialised to ZERO inside `with torch.inference_mode():` (weight.zero_(), bias.zero_():
in-place updates of ordinary parameters are allowed in inference mode, and the parameters stay ordinary leaves that
require grad; zero is a fine start for a convex model). The MLP is the "Build the Neural Network" tutorial's
NeuralNetwork class adapted to the arguments: self.flatten = nn.Flatten() (harmless on (n, d) inputs) and a
self.linear_relu_stack = nn.Sequential(Linear(d, H), ReLU(), Linear(H, K)). Right shapes, parameter counts,
nonlinearity and gradients: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    layer = nn.Linear(in_features, num_classes)
    with torch.inference_mode():  # start from all-zero logits (uniform probabilities)
        layer.weight.zero_()
        layer.bias.zero_()
    return layer
''',
    'mlp_answer': r'''
class NeuralNetwork(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(in_features, hidden_units),
            nn.ReLU(),
            nn.Linear(hidden_units, num_classes),
        )

    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return NeuralNetwork(in_features, hidden_units, num_classes)
''',
}
