"""Slip (linear_classifier), randomness drawn once at module level and reused: "so that every run starts from the
same numbers" the student draws ONE table of random starting values when the cell runs, _START = 0.1 *
torch.randn(256, 257), and every call of make_linear_classifier wraps SLICES of it, nn.Parameter(_START[:K, :d]) and
nn.Parameter(_START[:K, d]), without .clone(). A slice is a view: every model built shares the top-left corner of the
same storage, so an optimizer step on one model (p.add_ in place) moves the weights of every other model built
before or after, and a "new" classifier starts from wherever the last one was trained to. Each single model is
right (shape, affine, logits, gradients reach weight and bias); what is wrong is that the builder does not give a
new model with parameters of its own at each call (as buggy/mlp_lru_cache_returns_same_module). The self-check
builds one model and passes. Loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
_START = 0.1 * torch.randn(256, 257)   # starting values, drawn once: every run starts from the same numbers


class SoftmaxRegression(nn.Module):
    def __init__(self, in_features, num_classes):
        super().__init__()
        self.weight = nn.Parameter(_START[:num_classes, :in_features])
        self.bias = nn.Parameter(_START[:num_classes, in_features])

    def forward(self, x):
        return x @ self.weight.T + self.bias


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    return SoftmaxRegression(in_features, num_classes)
''',
}
