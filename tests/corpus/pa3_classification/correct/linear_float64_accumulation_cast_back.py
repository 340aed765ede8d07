"""Correct (linear_classifier), float64 internally, the input's dtype out: the student's module keeps an ordinary
float32 nn.Linear(d, K) and computes its logits in double precision, F.linear(x.double(), W.double(), b.double()),
then casts them back to the input's dtype (float32 in, float32 out; float64 in, float64 out). The casts are
differentiable, so gradients reach the float32 weight and bias; the map is one affine layer (rounded to float32 at
the end: at most a few 1e-8 relative), dK + K parameters, logits, each row its own: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
class PreciseLinear(nn.Module):
    """Softmax regression whose matrix product runs in float64."""

    def __init__(self, in_features, num_classes):
        super().__init__()
        self.linear = nn.Linear(in_features, num_classes)

    def forward(self, x):
        out = F.linear(x.double(), self.linear.weight.double(), self.linear.bias.double())
        return out.to(x.dtype)


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return PreciseLinear(in_features, num_classes)
''',
}
