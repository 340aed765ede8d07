"""The discussion cell is left as the template placeholder, so it scores 0 instead of waiting for manual grading."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': 0}

ANSWERS = {
    'discussion': '''YOUR ANSWER HERE''',
}
