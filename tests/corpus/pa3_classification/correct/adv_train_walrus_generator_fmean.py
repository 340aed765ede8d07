"""Advanced style (train_epoch): the batch steps live in a generator that yields each batch's loss; the walrus operator keeps the loss while calling backward ((loss := loss_fn(model(x), y)).backward()), zero_grad(set_to_none=True) first; the epoch's mean is statistics.fmean over the generator, consumed exactly once. Mode, every batch, plain steps, mean of the pre-step losses: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
import statistics


def _steps(model, loader, loss_fn, optimizer):
    for x, y in loader:
        optimizer.zero_grad(set_to_none=True)
        (loss := loss_fn(model(x), y)).backward()
        optimizer.step()
        yield loss.item()


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    return statistics.fmean(_steps(model, loader, loss_fn, optimizer))
''',
}
