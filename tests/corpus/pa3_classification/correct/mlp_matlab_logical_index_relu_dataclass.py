"""Correct (mlp), MATLAB habit: the ReLU is written as MATLAB's logical indexing h(h < 0) = 0, i.e. h[h < 0] = 0,
IN PLACE on the hidden layer's output. That is safe: h is a fresh non-leaf tensor that the linear layer's backward
does not need (addmm saves its inputs, not its output), and autograd records the masked assignment, whose gradient
is 0 on the zeroed entries and 1 elsewhere: exactly the ReLU's. The sizes come in a typed frozen @dataclass
MLPConfig, the module keeps two nn.Linear layers: dH + H + HK + K parameters, nonlinear, logits, every parameter
reached by the gradient. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
from dataclasses import dataclass


@dataclass(frozen=True)
class MLPConfig:
    in_features: int
    hidden_units: int
    num_classes: int


class MLP(nn.Module):
    def __init__(self, cfg: MLPConfig):
        super().__init__()
        self.hidden = nn.Linear(cfg.in_features, cfg.hidden_units)
        self.out = nn.Linear(cfg.hidden_units, cfg.num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.hidden(x)
        h[h < 0] = 0        # MATLAB: h(h < 0) = 0
        return self.out(h)


def make_mlp(in_features: int, hidden_units: int, num_classes: int) -> nn.Module:
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return MLP(MLPConfig(in_features, hidden_units, num_classes))
''',
}
