"""Slip (mlp), a cache whose value is a mutable model: the student decorates make_mlp with functools.lru_cache
("the same sizes give the same network, no need to build it twice"). The key (three ints) is fine, but the cached
value is the nn.Module itself: every later call with the same sizes returns the SAME object, with whatever
parameters training has given it since. A "new" MLP is then the already trained one, and two models built with the
same sizes are one model (training either trains both): Exercise 3's 128-unit MLP with another lr would continue from
the trained mlp_model, and any caller comparing two fresh models compares a model with itself. The first call for
each size is a right Linear, ReLU, Linear (the notebook's two calls have different sizes, so nothing shows there).
The architecture is right (shape 3, gradient 3 kept), but the builder does not build a new model when asked again:
loses structure (4) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 6, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
import functools


@functools.lru_cache(maxsize=None)
def make_mlp(in_features, hidden_units, num_classes):
    """Linear, ReLU, Linear (cached: the same sizes give the same network)."""
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
