"""Slip (train_epoch), fixed range instead of the loader's length: the student draws batches with next(iter(loader)) in `for _ in range(3)` ("75 training points / 25 per batch = 3 batches"). On the notebook's train_loader this is one epoch; on a loader with more batches the rest of the epoch is never trained (and with fewer it raises StopIteration). Mode right, every step made is a right SGD step, the returned value is the mean of the losses of the batches done: loses batches (5) -> 20 (as buggy/train_range_len_minus_one)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 20, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batches = iter(loader)
    losses = []
    for _ in range(3):  # 75 training points / 25 per batch = 3 batches
        inputs, targets = next(batches)
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
