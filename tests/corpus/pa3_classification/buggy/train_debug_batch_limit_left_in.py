"""Slip (train_epoch): a debugging limit left in: `for inputs, targets in itertools.islice(loader, MAX_BATCHES)` with MAX_BATCHES = 5 ('keep epochs short while debugging'). The notebook's train_loader (3 batches) and the self-check's (4) are trained in full; any loader with more than 5 batches is cut after its fifth batch, and the rest of the epoch is never trained. Every step made is a right SGD step, the mean is of the batches done: loses batches (5) -> 20 (as buggy/train_fixed_three_batches). (A grader whose loaders have at most 5 batches cannot see this.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 20, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import itertools

MAX_BATCHES = 5  # keep epochs short while debugging


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in itertools.islice(loader, MAX_BATCHES):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
