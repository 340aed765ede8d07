"""Correct (mlp), a probit-style hidden unit: the student's module applies torch.special.erf to every hidden unit,
z = W2 erf(W1 x + b1) + b2. erf is a smooth, odd, elementwise nonlinearity (the Gaussian CDF rescaled to (-1, 1)); it
saturates at +-1 beyond |u| of about 3, as tanh does, so large pre-activations (large weights or inputs) put many
units near their plateau, but every unit still bends wherever its pre-activation crosses the middle range. Linear(d, H)
and Linear(H, K): dH + H + HK + K parameters, logits, every parameter trained: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class ErfMLP(nn.Module):
    """Linear -> erf on every hidden unit -> linear."""

    def __init__(self, in_features: int, hidden_units: int, num_classes: int):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.output = nn.Linear(hidden_units, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.output(torch.special.erf(self.hidden(x)))


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return ErfMLP(in_features, hidden_units, num_classes)
''',
}
