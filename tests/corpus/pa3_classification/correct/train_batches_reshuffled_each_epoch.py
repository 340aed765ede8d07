"""Correct (train_epoch), "SGD wants random order": the student first collects the loader's batches (batches =
list(loader): one pass over the loader, every example once, each batch as the loader made it) and shuffles the LIST
of batches with random.shuffle, so that even a loader built with shuffle=False is visited in a random batch order;
then one step per batch (model.train(), zero_grad, forward, loss_fn, backward, step) and the mean of the batch
losses, each before its step. Every batch of the loader is trained on exactly once, each step is the optimizer's step
on that batch's loss at the current parameters; only the order of the batches differs from the loader's, which the
spec does not fix ("one optimizer step per batch of the loader"): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import random


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    batches = list(loader)          # every batch of this epoch, once
    random.shuffle(batches)         # random batch order even for an unshuffled loader
    losses = []
    for inputs, targets in batches:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
