"""Correct (mlp), an in-place update autograd allows: the student's own module (nn.Linear(d, H), nn.Linear(H, K)) writes the ReLU "the numpy way", h = self.hidden(x); h[h < 0] = 0, an in-place masked assignment (index_put_) on the hidden layer's output. That output is a fresh non-leaf tensor, and the linear layer's backward needs its input and weight, not its output, so the in-place write bumps a version counter nobody checks: the forward is exactly relu(W1 x + b1), and autograd gives the ReLU's gradient (zero where the mask wrote 0). Shape (n, K), dH + H + HK + K parameters, an elementwise nonlinearity on every hidden unit, logits, every parameter reached: full marks everywhere (contrast buggy/mlp_inplace_after_sigmoid, where the overwritten tensor IS needed by backward)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
class OneHiddenLayer(nn.Module):
    """x -> ReLU(W1 x + b1) -> W2 h + b2."""

    def __init__(self, in_features, hidden_units, num_classes):
        super().__init__()
        self.hidden = nn.Linear(in_features, hidden_units)
        self.out = nn.Linear(hidden_units, num_classes)

    def forward(self, x):
        h = self.hidden(x)
        h[h < 0] = 0          # ReLU, numpy style: negative pre-activations set to zero in place
        return self.out(h)


def make_mlp(in_features, hidden_units, num_classes):
    """A network with one hidden layer: linear, nonlinearity, linear."""
    return OneHiddenLayer(in_features, hidden_units, num_classes)
''',
}
