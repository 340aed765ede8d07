"""Models with extras: make_linear_classifier returns an nn.Linear with a debugging forward hook that records the output's shape in a global list (the hook returns None, so the output is unchanged); make_mlp returns a typed, documented nn.Module subclass with a registered buffer counting forward calls (a buffer, not a parameter), a `num_parameters` property and a `predict` method (argmax under no_grad). The logits are those of the asked architectures: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
seen_shapes = []


def _shape_hook(module, inputs, output):
    seen_shapes.append(tuple(output.shape))  # debugging only
    del seen_shapes[:-5]


def make_linear_classifier(in_features, num_classes):
    layer = nn.Linear(in_features, num_classes)
    layer.register_forward_hook(_shape_hook)
    return layer
''',
    'mlp_answer': '''
from typing import Optional


class OneHiddenLayer(nn.Module):
    """Linear -> ReLU -> Linear.

    Attributes:
        calls: a buffer counting the forward passes (for debugging).
    """

    def __init__(self, in_features: int, hidden_units: int, num_classes: int) -> None:
        super().__init__()
        self.fc1: nn.Linear = nn.Linear(in_features, hidden_units)
        self.act: nn.Module = nn.ReLU()
        self.fc2: nn.Linear = nn.Linear(hidden_units, num_classes)
        self.register_buffer("calls", torch.zeros((), dtype=torch.long))

    @property
    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.calls += 1
        return self.fc2(self.act(self.fc1(x)))

    @torch.no_grad()
    def predict(self, x: torch.Tensor) -> torch.Tensor:
        return self.forward(x).argmax(dim=1)


def make_mlp(in_features: int, hidden_units: int, num_classes: int) -> nn.Module:
    model = OneHiddenLayer(in_features, hidden_units, num_classes)
    print(f"MLP with {model.num_parameters} parameters")
    return model
''',
}
