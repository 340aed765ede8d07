"""Slip (linear_classifier), a newer idiom with a cost: make_linear_classifier returns torch.nn.utils.parametrizations.weight_norm(nn.Linear(d, K)) ("weight normalisation: same layer, better-conditioned training", Salimans & Kingma 2016). The map is still one affine layer W x + b (W = g v / ||v|| row by row), with logits of shape (n, K), every parameter reached; but the parametrization replaces the weight by a magnitude g (K x 1) AND a direction v (K x d), so the model has dK + 2K parameters instead of the dK + K the notebook fixes (its self-check says "need 15, the model has 18"). As buggy/mlp_prelu_extra_parameter (one extra slope -> structure lost) and buggy/linear_no_bias (K short): structure (4) lost -> 6."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
from torch.nn.utils.parametrizations import weight_norm


def make_linear_classifier(in_features, num_classes):
    """Softmax regression: one linear layer from in_features inputs to num_classes logits."""
    # weight normalisation (Salimans & Kingma 2016): the same layer, better-conditioned training
    return weight_norm(nn.Linear(in_features, num_classes))
''',
}
