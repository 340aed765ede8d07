"""Partial notebook: everything done except train_epoch, left as the template stub. In the student's run the training
cell raises NotImplementedError, so train_losses / val_losses never exist and the (reference) plot cell raises
NameError. The notebook says the grader re-runs the plot cell with its own values in those lists, and that a mistake
in one part costs no points in another: train_epoch 0, the plot 10, everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    # YOUR CODE HERE
    raise NotImplementedError()
''',
}
