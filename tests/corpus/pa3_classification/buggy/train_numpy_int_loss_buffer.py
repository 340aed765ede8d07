"""Slip (train_epoch), NumPy dtype habit: the student preallocates the per-batch losses with
np.zeros(len(loader), dtype=int) ("one slot per batch, indexed by an int"), so losses[i] = loss.item() silently
truncates every batch loss to an integer (1.37 -> 1, 0.82 -> 0), and the mean of those integers is returned. The
training itself is the reference loop: model.train(), zero_grad, forward, loss_fn, backward, step, every batch once.
Only the reported number is wrong: loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = np.zeros(len(loader), dtype=int)
    for i, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses[i] = loss.item()
    return float(losses.mean())
''',
}
