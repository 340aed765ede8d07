"""Slip (train_epoch), state kept between calls: the batch losses are collected in a default argument,
def train_epoch(model, loader, loss_fn, optimizer, losses=[]) ("losses defaults to an empty list"): the classic
mutable-default trap, the SAME list object is reused by every call. The loop itself is the reference (model.train(),
zero_grad, forward, loss_fn, backward, step on every batch), so every call trains right; but the returned "mean of the
batch losses" is the mean of every batch loss of every call so far, on any model. The very first call in a fresh
kernel (the notebook's self-check) is right, so the self-check passes; the notebook's fit ignores the returned value,
so nothing shows there. Exposed by calling train_epoch twice (two epochs, or two models): from the second call on the
number is wrong. Mode, batches and updates right; loss (6) lost -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer, losses=[]):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
