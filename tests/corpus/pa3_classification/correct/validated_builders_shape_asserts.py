"""Correct (linear_classifier, mlp), unusually defensive builders. Both sizes are checked with operator.index
(ints, numpy ints and 0-d integer tensors accepted; floats, bools and non-positive sizes raise a ValueError/TypeError
with a clear message: only invalid sizes are refused). Each model is its own nn.Module subclass with type hints:
softmax regression keeps one nn.Linear(d, K); the MLP keeps nn.Linear(d, H), nn.Tanh(), nn.Linear(H, K). forward
checks that its input is a 2-D (n, d) tensor with the width it was built for and raises a ValueError naming the
shape otherwise (the docstring's contract is (n, d)), and asserts the logits come out (n, K). No cast, no copy: the
layers' own dtype, any n (1 included), any d, H, K. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import operator


def _positive_size(value, name: str) -> int:
    """value as a positive Python int, or a clear error (bools are not sizes)."""
    if isinstance(value, bool):
        raise TypeError(f"{name} must be an integer, got a bool")
    try:
        size = operator.index(value)
    except TypeError:
        raise TypeError(f"{name} must be an integer, got {type(value).__name__}") from None
    if size <= 0:
        raise ValueError(f"{name} must be positive, got {size}")
    return size


def _check_batch(x: torch.Tensor, width: int, who: str) -> None:
    if not isinstance(x, torch.Tensor) or x.dim() != 2 or x.shape[1] != width:
        raise ValueError(f"{who} expects a tensor of shape (n, {width}), got "
                         f"{tuple(x.shape) if isinstance(x, torch.Tensor) else type(x).__name__}")


class SoftmaxRegression(nn.Module):
    """z = W x + b for every row of a batch."""

    def __init__(self, in_features: int, num_classes: int) -> None:
        super().__init__()
        self.in_features = _positive_size(in_features, "in_features")
        self.num_classes = _positive_size(num_classes, "num_classes")
        self.linear = nn.Linear(self.in_features, self.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _check_batch(x, self.in_features, "SoftmaxRegression")
        logits = self.linear(x)
        assert logits.shape == (x.shape[0], self.num_classes), logits.shape
        return logits


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
class OneHiddenLayer(nn.Module):
    """Linear(d, H) -> tanh -> Linear(H, K)."""

    def __init__(self, in_features: int, hidden_units: int, num_classes: int) -> None:
        super().__init__()
        self.in_features = _positive_size(in_features, "in_features")
        hidden = _positive_size(hidden_units, "hidden_units")
        self.num_classes = _positive_size(num_classes, "num_classes")
        self.hidden = nn.Linear(self.in_features, hidden)
        self.activation = nn.Tanh()
        self.output = nn.Linear(hidden, self.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _check_batch(x, self.in_features, "OneHiddenLayer")
        logits = self.output(self.activation(self.hidden(x)))
        assert logits.shape == (x.shape[0], self.num_classes), logits.shape
        return logits


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return OneHiddenLayer(in_features, hidden_units, num_classes)
''',
}
