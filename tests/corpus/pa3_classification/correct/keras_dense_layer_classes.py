"""Correct (linear_classifier, mlp), Keras habit: the student writes a small Dense(units, activation=None,
input_dim=...) module (an nn.Linear called "kernel" and an activation looked up by name, Identity for None) and a
KerasSequential that holds a list of layers (nn.ModuleList, so their parameters are registered) and applies them in
turn. Softmax regression is KerasSequential([Dense(K, input_dim=d)]): one affine layer, dK + K parameters, logits.
The MLP (its cell reuses the two classes from Part 1's cell) is Dense(H, activation="relu", input_dim=d) then
Dense(K, input_dim=H): linear, ReLU, linear, dH + H + HK + K parameters, logits. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class Dense(nn.Module):
    """Keras-like fully connected layer: Dense(units, activation=None, input_dim=d)."""
    ACTIVATIONS = {None: nn.Identity, "linear": nn.Identity, "relu": nn.ReLU, "tanh": nn.Tanh}

    def __init__(self, units, activation=None, *, input_dim):
        super().__init__()
        self.kernel = nn.Linear(input_dim, units)
        self.activation = self.ACTIVATIONS[activation]()

    def forward(self, x):
        return self.activation(self.kernel(x))


class KerasSequential(nn.Module):
    """keras.Sequential([...]): the layers applied one after the other."""

    def __init__(self, layers):
        super().__init__()
        self.layers = nn.ModuleList(layers)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return KerasSequential([Dense(num_classes, input_dim=in_features)])
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return KerasSequential([
        Dense(hidden_units, activation="relu", input_dim=in_features),
        Dense(num_classes, input_dim=hidden_units),   # logits: no activation on the output
    ])
''',
}
