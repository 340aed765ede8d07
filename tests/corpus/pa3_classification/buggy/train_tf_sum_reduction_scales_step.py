"""Slip (train_epoch), TensorFlow habit (Reduction.SUM): the student backpropagates the batch TOTAL,
loss_fn(...) * len(targets), "so that the epoch loss is exact", and reports total / examples (the exact mean of
the batch losses weighted by size, which is accepted). But the gradient that reaches the optimizer is
n_B * dL_B/dp: with SGD every step is batch-size times too long (p <- p - eta * n_B * grad), not the step the spec
describes. (With Adam, as in the notebook, the scale cancels and training looks fine; the self-check with SGD
catches it.) Mode, batches and reported loss right: loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total, count = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        batch_total = loss_fn(model(inputs), targets) * len(targets)   # reduction=SUM
        batch_total.backward()
        optimizer.step()
        total += batch_total.item()
        count += len(targets)
    return total / count
''',
}
