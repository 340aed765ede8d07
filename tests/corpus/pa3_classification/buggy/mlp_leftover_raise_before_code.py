"""Slip (mlp): the student writes the MLP BELOW the template lines `# YOUR CODE HERE` / `raise NotImplementedError()` without deleting the raise, so make_mlp always raises NotImplementedError (the notebook's self-check says "make_mlp is not written yet"). Nothing can be judged: mlp 0, and the message should say the function raises NotImplementedError (the template line left in)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 0, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    # YOUR CODE HERE
    raise NotImplementedError()
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Linear(hidden_units, num_classes),
    )
''',
}
