"""Correct (linear_classifier, mlp), a decorator that checks shapes: the cell defines checks_logits(forward), a
decorator (functools.wraps) that runs the wrapped forward and asserts that the output is 2-D with one row per input
row and self.num_classes columns, then returns the output unchanged. Both models are small nn.Module classes whose
forward is decorated: SoftmaxRegression (one nn.Linear) and MLP (Linear, tanh, Linear). The sizes are instance
attributes set in __init__ (no class-level state), so models of different sizes never interfere. Right parameter
counts, affine / nonlinear as asked, logits: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import functools


def checks_logits(forward):
    """Decorator for forward methods: the output must have shape (n, self.num_classes)."""
    @functools.wraps(forward)
    def wrapper(self, x):
        out = forward(self, x)
        assert out.dim() == 2 and out.shape[0] == x.shape[0] and out.shape[1] == self.num_classes, (
            f"{type(self).__name__}: expected ({x.shape[0]}, {self.num_classes}), got {tuple(out.shape)}")
        return out
    return wrapper


class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.num_classes = num_classes
        self.linear = nn.Linear(in_features, num_classes)

    @checks_logits
    def forward(self, x):
        return self.linear(x)


def make_linear_classifier(in_features, num_classes):
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
class MLP(nn.Module):
    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.num_classes = num_classes
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    @checks_logits
    def forward(self, x):
        return self.out(torch.tanh(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    return MLP(in_features, hidden_units, num_classes)
''',
}
