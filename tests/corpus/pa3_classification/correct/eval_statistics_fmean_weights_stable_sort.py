"""Correct (evaluate), Python 3.11's statistics.fmean with weights and a stable sort: the predicted class is the
first index of torch.sort(logits, dim=1, descending=True, stable=True) (the largest logit; on an exact tie the
stable sort keeps the lower index first, as argmax does); each batch contributes its loss (a float) and its hit rate
with its size as weight, and statistics.fmean(values, weights=sizes) gives the exact mean loss and the accuracy over
all examples. model.eval(), torch.no_grad(); two floats: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import statistics


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    batch_losses, batch_hits, sizes = [], [], []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            predicted = torch.sort(logits, dim=1, descending=True, stable=True).indices[:, 0]
            batch_losses.append(loss_fn(logits, targets).item())
            batch_hits.append((predicted == targets).sum().item() / len(targets))
            sizes.append(len(targets))
    return (statistics.fmean(batch_losses, weights=sizes),
            statistics.fmean(batch_hits, weights=sizes))
''',
}
