"""Correct (train_epoch, evaluate), small classes with their state on the INSTANCE: RunningTotal keeps `total` and
`count` set in __init__ (instance attributes, no class-level list), has add(value, weight=1) and a `mean` property,
and __call__ as a shorthand for add. train_epoch and evaluate each create NEW RunningTotal objects inside the call,
so nothing carries over from one call to the next. train_epoch: model.train(), zero_grad, forward, loss_fn,
backward, step per batch, mean of the batch losses; evaluate: model.eval(), torch.no_grad(), the batch-size-weighted
mean loss and the fraction right over all examples. Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
class RunningTotal:
    """A weighted running mean; the state lives on the instance."""

    def __init__(self):
        self.total = 0.0
        self.count = 0

    def add(self, value, weight=1):
        self.total += float(value) * weight
        self.count += weight

    __call__ = add

    @property
    def mean(self):
        return self.total / self.count


def train_epoch(model, loader, loss_fn, optimizer):
    losses = RunningTotal()
    model.train()
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses(loss.item())
    return losses.mean
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    loss_meter, accuracy_meter = RunningTotal(), RunningTotal()
    model.eval()
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            loss_meter.add(loss_fn(logits, targets).item(), weight=len(targets))
            for right in (logits.argmax(dim=1) == targets).tolist():
                accuracy_meter(1.0 if right else 0.0)
    return loss_meter.mean, accuracy_meter.mean
''',
}
