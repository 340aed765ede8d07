"""Slip (evaluate), a helper that reads a notebook global instead of the parameter: the evaluate cell starts with
loss_fn = cross_entropy ("the loss we use in this notebook") and a helper _batch_stats(logits, targets) that returns
(sum of the batch's losses, number right, number of examples) using THAT global loss_fn; evaluate takes loss_fn as its
parameter but never passes it on. With the notebook's own cross-entropy (fit) and the self-check's F.cross_entropy the
numbers agree, so nothing shows; with any other loss the caller passes (a weighted or smoothed loss, a different
criterion) evaluate still reports the student's cross-entropy. Accuracy, eval mode and no_grad right; the loss is not
that of the loss_fn it is given: loses loss (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
loss_fn = cross_entropy   # the loss we use in this notebook


def _batch_stats(logits, targets):
    """(sum of the losses, number right, number of examples) of one batch."""
    n = len(targets)
    return loss_fn(logits, targets).item() * n, (logits.argmax(dim=1) == targets).sum().item(), n


def evaluate(model, loader, loss_fn):
    model.eval()
    totals = [0.0, 0, 0]
    with torch.no_grad():
        for inputs, targets in loader:
            for i, value in enumerate(_batch_stats(model(inputs), targets)):
                totals[i] += value
    return totals[0] / totals[2], totals[1] / totals[2]
''',
}
