"""Correct (linear_classifier, mlp), a cache keyed safely: both builders go through one helper,
_layer_plan(sizes), decorated with functools.lru_cache. Its key is a tuple of ints (the layer widths) and it returns
an immutable tuple of (in, out) pairs, never a module or a tensor; every call of make_linear_classifier / make_mlp
builds NEW nn.Linear layers from that plan (the ReLU goes between consecutive layers). Two calls with the same sizes
give two independent models with their own parameters, so the cache can never hand a trained model to a new caller.
Softmax regression is the one-layer plan (d*K + K parameters, affine), the MLP the two-layer plan with a ReLU:
full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
import functools


@functools.lru_cache(maxsize=None)
def _layer_plan(sizes):
    """(in, out) pairs for consecutive widths; cached on a tuple of ints, returns only ints."""
    return tuple(zip(sizes[:-1], sizes[1:]))


def _build(*sizes):
    layers = []
    for i, (n_in, n_out) in enumerate(_layer_plan(tuple(int(s) for s in sizes))):
        if i > 0:
            layers.append(nn.ReLU())
        layers.append(nn.Linear(n_in, n_out))   # a fresh layer on every call
    return layers[0] if len(layers) == 1 else nn.Sequential(*layers)


def make_linear_classifier(in_features, num_classes):
    return _build(in_features, num_classes)
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return _build(in_features, hidden_units, num_classes)
''',
}
