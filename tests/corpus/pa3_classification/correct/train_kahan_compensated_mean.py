"""Correct (train_epoch), a numerically careful student: the batch losses (each loss.item() before its step, a Python
float) are added with Kahan's compensated summation (a running sum and a running correction, as in the numerical-
analysis course), counted, and the mean returned as total / count. With a handful of batches this is the plain mean
to the last bit or two; with thousands it is more accurate than sum(). The loop is the reference: model.train(),
zero_grad, forward, loss_fn, backward, step, over the loader given: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
class KahanSum:
    """Compensated summation of floats."""

    def __init__(self):
        self.total, self.correction, self.count = 0.0, 0.0, 0

    def add(self, value: float) -> None:
        y = value - self.correction
        t = self.total + y
        self.correction = (t - self.total) - y
        self.total = t
        self.count += 1

    def mean(self) -> float:
        return self.total / self.count


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    running = KahanSum()
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        running.add(loss.item())
    return running.mean()
''',
}
