"""Correct, a later part calling an earlier one through a wrapper and keyword arguments: make_linear_classifier is
decorated with the student's own @_checked_sizes (functools.wraps; it rejects sizes that are not positive integers,
which every size the spec allows is, and logs the call with the logging module), and returns
nn.Linear(in_features=..., out_features=...).to("cpu", torch.float32). make_mlp returns an instance of a class
TanhMLP(nn.Module) whose two layers are built by functools.partial(make_linear_classifier) called with KEYWORD
arguments in the opposite order (num_classes=..., in_features=...); forward is readout(torch.tanh(hidden(x))). Both
models have the asked parameters and compute what they should: every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import functools
import logging

log = logging.getLogger("pa3")


def _checked_sizes(builder):
    """Reject sizes that are not positive integers before building anything."""
    @functools.wraps(builder)
    def checked(*args, **kwargs):
        for value in list(args) + list(kwargs.values()):
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"{builder.__name__}: sizes must be positive integers, got {value!r}")
        log.debug("building %s%s %s", builder.__name__, args, kwargs)
        return builder(*args, **kwargs)
    return checked


@_checked_sizes
def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return nn.Linear(in_features=in_features, out_features=num_classes).to("cpu", torch.float32)
''',
    'mlp_answer': r'''
class TanhMLP(nn.Module):
    """hidden = tanh(W1 x + b1); logits = W2 hidden + b2, both layers built by Part 1's builder."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        layer = functools.partial(make_linear_classifier)
        self.hidden = layer(num_classes=hidden_units, in_features=in_features)
        self.readout = layer(num_classes=num_classes, in_features=hidden_units)

    def forward(self, x):
        return self.readout(torch.tanh(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return TanhMLP(in_features, hidden_units, num_classes)
''',
}
