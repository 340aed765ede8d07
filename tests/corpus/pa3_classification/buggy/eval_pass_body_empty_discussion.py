"""Partial work: evaluate's body is just `pass` under its docstring (the student deleted the raise and meant to come
back), so it returns None; the discussion cell is emptied (not the template: left to the hand grader, None). The
training cell fails at `train_loss, _ = evaluate(...)` (cannot unpack None), so the curves never exist; the plot cell
is the reference and is replayed with the grader's curves. evaluate 0 (message: it returns None), the rest full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    pass
''',
    'discussion': '''''',
}
