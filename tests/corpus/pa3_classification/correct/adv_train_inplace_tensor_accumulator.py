"""Advanced style (train_epoch): the running statistics are a float64 tensor accumulator updated IN PLACE with a detached loss (stats.add_(torch.stack([loss.detach().double(), one]))), a safe in-place op on a tensor autograd never sees; batches counted by itertools.count via zip; the mean is stats[0] / stats[1] returned with .item(). Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
import itertools


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    stats = torch.zeros(2, dtype=torch.float64)
    one = torch.ones((), dtype=torch.float64)
    for _, (inputs, targets) in zip(itertools.count(), loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        stats.add_(torch.stack([loss.detach().double(), one]))
    total, batches = stats.unbind()
    return (total / batches).item()
''',
}
