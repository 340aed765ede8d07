"""Correct (train_epoch), organised around a generator: a helper generator _batch_losses(model, loader, loss_fn,
optimizer) does one full step per batch (zero_grad, forward, loss_fn, backward, step) and yields each loss.item()
taken before its step. train_epoch puts the model in training mode, creates a NEW generator on every call (nothing is
kept between calls: no default list, no module-level iterator) and folds it into a running mean with enumerate
(mean += (x - mean) / k), so each call averages exactly its own batches. Early return of 0.0 for a loader that gave
no batch (never the case here). Mode, every batch, the optimizer's steps with loss_fn, the mean of the batch losses:
full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def _batch_losses(model, loader, loss_fn, optimizer):
    """One optimizer step per batch; yields each batch's loss, taken before its step."""
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        yield loss.item()


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    mean, count = 0.0, 0
    for count, value in enumerate(_batch_losses(model, loader, loss_fn, optimizer), start=1):
        mean += (value - mean) / count
    if count == 0:
        return 0.0
    return mean
''',
}
