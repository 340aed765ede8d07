"""Advanced style (mlp): the MLP keeps its layers in an nn.ModuleList built from a list of sizes with itertools.pairwise, inserts the activation chosen by a match statement on a name ("relu" by default), and its forward folds the input through the layers with functools.reduce(lambda h, layer: layer(h), self.layers, x). Linear, ReLU, Linear: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
import functools
import itertools


def _activation(name):
    match name.lower():
        case "relu":
            return nn.ReLU()
        case "tanh":
            return nn.Tanh()
        case "gelu":
            return nn.GELU()
        case other:
            raise ValueError(f"unknown activation {other!r}")


class FoldedMLP(nn.Module):
    def __init__(self, sizes, activation="relu"):
        super().__init__()
        layers = []
        for i, (a, b) in enumerate(itertools.pairwise(sizes)):
            if i:
                layers.append(_activation(activation))
            layers.append(nn.Linear(a, b))
        self.layers = nn.ModuleList(layers)

    def forward(self, x):
        return functools.reduce(lambda h, layer: layer(h), self.layers, x)


def make_mlp(in_features, hidden_units, num_classes):
    return FoldedMLP([in_features, hidden_units, num_classes])
''',
}
