"""Correct (mlp): make_mlp returns nn.Sequential(Standardise(d), Linear(d, H), Tanh(), Linear(H, K)) where Standardise is the student's own module holding a per-feature mean (zeros) and std (ones) as REGISTERED BUFFERS (to be filled from the training data later, as scikit-learn's StandardScaler would): buffers are not parameters, so the parameter count is dH + H + HK + K; (x - mean) / std is the identity here (and any fixed affine map before the first layer keeps the architecture: linear, nonlinearity, linear). Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
class Standardise(nn.Module):
    """(x - mean) / std per feature; the statistics are buffers (saved with the model, never trained)."""

    def __init__(self, num_features):
        super().__init__()
        self.register_buffer("mean", torch.zeros(num_features))
        self.register_buffer("std", torch.ones(num_features))

    def forward(self, x):
        return (x - self.mean) / self.std


def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        Standardise(in_features),
        nn.Linear(in_features, hidden_units),
        nn.Tanh(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
