"""Correct, a later part built from an earlier one: softmax regression is the student's own typed module
(`Affine`: nn.Parameter weight (K, d) initialised uniformly in +-1/sqrt(d), a bias, forward `x @ weight.mT + bias`,
with a defensive check that the input has in_features columns). make_mlp does not write a layer of its own: it maps
make_linear_classifier over the consecutive layer sizes, map(make_linear_classifier, sizes[:-1], sizes[1:]), and
interleaves the layers with nonlinearities by itertools.chain.from_iterable(zip(layers, [nn.Threshold(0.0, 0.0),
nn.Identity()])): Affine(d, H), Threshold (y = x if x > 0 else 0: exactly the ReLU), Affine(H, K), Identity.
dH + H + HK + K parameters, logits from the last affine layer: every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import math


class Affine(nn.Module):
    """z = x W^T + b for a batch of rows x."""

    def __init__(self, in_features: int, num_classes: int) -> None:
        super().__init__()
        self.in_features, self.num_classes = int(in_features), int(num_classes)
        bound = 1.0 / math.sqrt(self.in_features)
        self.weight = nn.Parameter(torch.empty(self.num_classes, self.in_features).uniform_(-bound, bound))
        self.bias = nn.Parameter(torch.empty(self.num_classes).uniform_(-bound, bound))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[-1] != self.in_features:
            raise ValueError(f"expected {self.in_features} features, got {x.shape[-1]}")
        return x @ self.weight.mT + self.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return Affine(in_features, num_classes)
''',
    'mlp_answer': r'''
import itertools


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear (the linear layers are Part 1's)."""
    sizes = (in_features, hidden_units, num_classes)
    layers = list(map(make_linear_classifier, sizes[:-1], sizes[1:]))
    after = [nn.Threshold(0.0, 0.0), nn.Identity()]  # ReLU after the hidden layer, nothing after the output
    return nn.Sequential(*itertools.chain.from_iterable(zip(layers, after)))
''',
}
