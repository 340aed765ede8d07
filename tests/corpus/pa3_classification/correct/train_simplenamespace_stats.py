"""train_epoch keeps its running statistics in a types.SimpleNamespace (stats.loss_sum, stats.batches), the reference loop otherwise (model.train(), zero_grad, forward, backward, step), returns stats.loss_sum / stats.batches: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
from types import SimpleNamespace


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    stats = SimpleNamespace(loss_sum=0.0, batches=0)
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        stats.loss_sum += loss.item()
        stats.batches += 1
    return stats.loss_sum / stats.batches
''',
}
