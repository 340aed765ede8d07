"""Slip (train_epoch), printing instead of returning: the loop is the reference (model.train(), zero_grad, forward,
loss_fn, backward, step, one step per batch of the loader), and the student computes the mean of the batch losses but
PRINTS it (f"epoch loss: {mean:.4f}", as a Keras progress bar would show) and never returns it: the function returns
None. Mode (4), batches (5) and update (10) hold; the returned value is not the mean loss: loss (6) lost -> 19 (as
buggy/train_returns_list_of_batch_losses)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    running, batches = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        running += loss.item()
        batches += 1
    print(f"epoch loss: {running / batches:.4f}")
''',
}
