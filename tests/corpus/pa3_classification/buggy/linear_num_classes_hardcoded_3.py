"""Slip (linear_classifier), works only on the notebook's inputs: make_linear_classifier returns nn.Linear(in_features, 3) ("three spirals"), ignoring num_classes. The notebook's self-check (4 features, 3 classes) passes. The spec asks num_classes logits: for any other K the output has the wrong width (shape lost, 3) and the parameter count is d*3 + 3 instead of dK + K (structure lost, 4, as buggy/mlp_hardcoded_hidden loses structure for ignoring hidden_units); it is one linear layer, logits, own rows, every parameter trained (gradient kept, 3): linear_classifier 3."""

EXPECTED = {'linear_classifier': 3, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    # three spirals -> three logits
    return nn.Linear(in_features, 3)
''',
}
