"""Correct (evaluate), torchmetrics-style metric objects written by hand: a MeanMetric with update(value, weight) and
compute() (a weighted running mean: sum of value*weight over sum of weights) and a MulticlassAccuracy with
update(logits, targets) counting hits and examples and compute() = hits / examples (over ALL examples, not a mean of
batch accuracies). evaluate is decorated with @torch.inference_mode(), calls model.eval(), updates both metrics per
batch (the loss weighted by the batch size: the exact mean over examples) and returns the two computed floats.
Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
class MeanMetric:
    def __init__(self):
        self.reset()

    def reset(self):
        self.total, self.weight = 0.0, 0.0

    def update(self, value, weight=1.0):
        self.total += float(value) * weight
        self.weight += weight

    def compute(self):
        return self.total / self.weight


class MulticlassAccuracy:
    def __init__(self):
        self.reset()

    def reset(self):
        self.hits, self.seen = 0, 0

    def update(self, logits, targets):
        self.hits += int((logits.argmax(dim=-1) == targets).sum())
        self.seen += targets.numel()

    def compute(self):
        return self.hits / self.seen


@torch.inference_mode()
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    mean_loss, accuracy = MeanMetric(), MulticlassAccuracy()
    for inputs, targets in loader:
        logits = model(inputs)
        mean_loss.update(loss_fn(logits, targets), weight=len(targets))
        accuracy.update(logits, targets)
    return mean_loss.compute(), accuracy.compute()
''',
}
