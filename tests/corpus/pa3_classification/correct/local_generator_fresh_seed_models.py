"""Randomness by a local generator (linear_classifier, mlp): both models are the student's own nn.Modules whose
parameters are drawn with a LOCAL torch.Generator, seeded with a number taken from the global RNG at each call
(so every model starts from new numbers, and torch.manual_seed(3) before building, as the training cell does, still
makes the notebook reproducible). The draws use Tensor.uniform_(..., generator=g) with PyTorch's own bound
1/sqrt(fan_in), in the default float32. Softmax regression is x @ W.T + b; the MLP is tanh between two affine maps,
its four parameters registered as nn.Parameter. Right shapes, parameter counts (dK + K and dH + H + HK + K),
every parameter trainable, a new model with parameters of its own at every call: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import math


def _fresh_generator():
    """A generator of its own for one model, seeded from the global RNG (so manual_seed still controls it)."""
    seed = int(torch.randint(0, 2**62, (1,)).item())
    return torch.Generator().manual_seed(seed)


class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        g = _fresh_generator()
        bound = 1 / math.sqrt(in_features)
        self.weight = nn.Parameter(torch.empty(num_classes, in_features).uniform_(-bound, bound, generator=g))
        self.bias = nn.Parameter(torch.empty(num_classes).uniform_(-bound, bound, generator=g))

    def forward(self, x):
        return x.matmul(self.weight.t()) + self.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
    'mlp_answer': r'''
import math


class TanhMLP(nn.Module):
    """x -> tanh(W1 x + b1) -> W2 h + b2, parameters drawn with a generator of the model's own."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        seed = int(torch.randint(0, 2**62, (1,)).item())   # taken from the global RNG: new for every model
        g = torch.Generator().manual_seed(seed)
        b1, b2 = 1 / math.sqrt(in_features), 1 / math.sqrt(hidden_units)
        self.w1 = nn.Parameter(torch.empty(hidden_units, in_features).uniform_(-b1, b1, generator=g))
        self.b1 = nn.Parameter(torch.empty(hidden_units).uniform_(-b1, b1, generator=g))
        self.w2 = nn.Parameter(torch.empty(num_classes, hidden_units).uniform_(-b2, b2, generator=g))
        self.b2 = nn.Parameter(torch.empty(num_classes).uniform_(-b2, b2, generator=g))

    def forward(self, x):
        h = torch.tanh(x @ self.w1.T + self.b1)
        return h @ self.w2.T + self.b2


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return TanhMLP(in_features, hidden_units, num_classes)
''',
}
