"""Correct (linear_classifier, mlp), recursion where it is natural: _stack(sizes) returns the list of layers for
the widths in sizes: [] for fewer than two widths, else a Linear(sizes[0], sizes[1]) followed (when more layers
follow) by a ReLU and _stack(sizes[1:]). The list is built anew on every call (no default list, no shared state), and
the builders wrap it in nn.Sequential: softmax regression is _stack([d, K]) (one Linear), the MLP _stack([d, H, K])
(Linear, ReLU, Linear). Right architectures, fresh parameters on every call: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
def _stack(sizes):
    """Layers for consecutive widths: Linear, ReLU, Linear, ..., ending with a Linear."""
    if len(sizes) < 2:
        return []
    first = [nn.Linear(sizes[0], sizes[1])]
    rest = _stack(sizes[1:])
    return first + ([nn.ReLU()] + rest if rest else [])


def make_linear_classifier(in_features, num_classes):
    return nn.Sequential(*_stack([in_features, num_classes]))
''',
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(*_stack([in_features, hidden_units, num_classes]))
''',
}
