"""Slip (mlp), a tutorial's hard-coded input size: the student adapts the "Build the Neural Network" tutorial's
nn.Linear(28*28, 512) to this data as nn.Linear(2, hidden_units) ("the points have two coordinates"), ignoring
in_features. On the spirals and the notebook's self-check (2 features) everything is right; for any other number of
features the first layer cannot take the input (shape error) and the parameter count is 2H + H + HK + K instead of
dH + H + HK + K. As buggy/linear_num_classes_hardcoded_3: shape (3) and structure (4) lost; one hidden layer with a
ReLU, every parameter trained (gradient kept, 3): mlp 3.

Graded as the grader's rubric scores it (mlp 3 -> 0).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class NeuralNetwork(nn.Module):
    def __init__(self, hidden_units, num_classes):
        super().__init__()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(2, hidden_units),   # (x1, x2)
            nn.ReLU(),
            nn.Linear(hidden_units, num_classes),
        )

    def forward(self, x):
        return self.linear_relu_stack(x)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return NeuralNetwork(hidden_units, num_classes)
''',
}
