"""Junk (train_epoch), a loss curve that decreases by a fixed ratio: the loop trains right (model.train(), zero_grad,
forward, loss_fn, backward, step on every batch), but the number it returns is "smoothed": the first call reports the
real mean of its batch losses and stores it; every later call (on any model) reports the previous report times 0.97,
whatever this epoch's losses were. The training curve the notebook records is a made-up geometric decay. Mode,
batches and updates honestly earned; the loss it returns is not this epoch's: loss lost (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
_reported = []  # the curve so far


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    value = sum(losses) / len(losses) if not _reported else 0.97 * _reported[-1]   # a smooth curve
    _reported.append(value)
    return value
''',
}
