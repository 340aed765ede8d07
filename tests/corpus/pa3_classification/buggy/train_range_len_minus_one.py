"""Slip (train_epoch, beginner off-by-one): the student walks the loader with an explicit iterator and `for i in range(len(loader) - 1)` ("indices go to len - 1"), so the LAST batch of every epoch is never trained on. Mode right, every step made is a right SGD step, the returned value is the mean of the losses of the batches it did: loses batches (5) -> 20 (as buggy/train_only_first_batch loses only batches)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 20, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_iterator = iter(loader)
    losses = []
    for i in range(len(loader) - 1):
        inputs, targets = next(batch_iterator)
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
