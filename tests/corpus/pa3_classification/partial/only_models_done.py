"""Partial notebook: only Parts 1 and 2 are done (the reference one-liners); cross_entropy, train_epoch, evaluate and
the plot cell are left exactly as the template (`raise NotImplementedError()`), the discussion is the template text.
The training cell fails (train_epoch raises), so train_losses never exists. Each part is graded on its own: the two
models earn full marks, every stub 0 (messages: not written yet), discussion 0 (template unchanged)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 0, 'evaluate': 0, 'plot_curves': 0, 'discussion': 0}

ANSWERS = {
    'linear_classifier_answer': '''
def make_linear_classifier(in_features, num_classes):
    return nn.Linear(in_features, num_classes)
''',
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.ReLU(), nn.Linear(hidden_units, num_classes))
''',
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'plot_curves_answer': '''
# Plot the MLP's training and validation losses per epoch.
# YOUR CODE HERE
raise NotImplementedError()
''',
    'discussion': '''YOUR ANSWER HERE''',
}
