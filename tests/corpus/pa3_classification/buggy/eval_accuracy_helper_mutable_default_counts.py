"""Slip (evaluate), a mutable default argument in a helper: accuracy is computed by
_accuracy(logits, targets, counts={"right": 0, "seen": 0}), which adds the batch to counts and returns the running
accuracy counts["right"] / counts["seen"]; evaluate keeps the value returned for the last batch. Within ONE call
that is the accuracy over all its examples, but the default dict is created once, when the cell runs, and shared by
every call: from the second call on the accuracy is the running accuracy over every batch of every call so far (other
models, other loaders, earlier epochs). The self-check is the first call and passes; in the notebook fit's validation
accuracy is a blur of all epochs and both loaders. The loss (exact mean of loss_fn), eval mode and no_grad are right.
Loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def _accuracy(logits, targets, counts={"right": 0, "seen": 0}):
    """Running accuracy over the batches seen so far."""
    counts["right"] += (logits.argmax(dim=1) == targets).sum().item()
    counts["seen"] += len(targets)
    return counts["right"] / counts["seen"]


def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, count, accuracy = 0.0, 0, 0.0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            count += len(targets)
            accuracy = _accuracy(logits, targets)
    return total_loss / count, accuracy
''',
}
