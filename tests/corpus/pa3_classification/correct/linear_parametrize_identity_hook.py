"""Correct (linear_classifier), torch.nn.utils.parametrize: the student builds nn.Linear(d, K) and registers an
identity parametrization on its weight (register_parametrization(layer, "weight", Identity())), "ready to add a
constraint later". The weight is then computed from layer.parametrizations.weight.original at each access, which IS
the weight (identity); the module's parameters are that original (K, d) and the bias (K,): dK + K numbers, one
affine map, logits, every parameter trained through the parametrization. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
from torch.nn.utils import parametrize


class Identity(nn.Module):
    """The identity parametrization (a placeholder for a constraint on the weight)."""

    def forward(self, weight):
        return weight


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    layer = nn.Linear(in_features, num_classes)
    parametrize.register_parametrization(layer, "weight", Identity())
    return layer
''',
}
