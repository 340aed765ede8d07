"""Slip (train_epoch), a hard-coded size: each batch is reshaped with inputs = inputs.view(-1, 2) ("the model takes
(x1, x2) points"), a no-op for the spirals (2 features) and for the notebook's self-check (2 features), so both run
right. The spec's loader gives (inputs, targets) of any width d: for d = 3 the first batch (7 x 3 = 21 numbers) cannot
be viewed as pairs and view() raises RuntimeError before the model is called; the epoch trains nothing there. (For an
even number of numbers it would silently feed regrouped rows instead.) By the grader's rule for a run that raised
(only what ran before the error can stand, and nothing ran): train_epoch 0, and the message should say that
train_epoch raised RuntimeError ("shape '[-1, 2]' is invalid for input of size 21") on a loader of 3 features, not
that the grader could not read the data."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        inputs = inputs.view(-1, 2)          # a batch of (x1, x2) points
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
