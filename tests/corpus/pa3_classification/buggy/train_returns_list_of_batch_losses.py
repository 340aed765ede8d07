"""Slip (train_epoch), the wrong reduction (none): the loop is the reference, but the function returns the list of
batch losses (losses) instead of their mean ("the caller can average them"). Mode, every batch, the SGD steps are
right; the returned value is not one number: loss lost (6) -> 19. (The notebook's fit stores the list in its history
and the plot cell would fail; the self-check says "should return the mean loss as a float, got list".)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
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
    return losses
''',
}
