"""Partial: two state slips in two parts.

make_linear_classifier (Part 1) memoises its models in a module-level dict _built keyed on (in_features,
num_classes): the first call for given sizes builds nn.Linear(d, K), every later call returns that SAME layer, with
whatever training has done to it since. The architecture is right (shape 3, gradient 3), but asking again for a new
softmax regression gives back the old, trained one (two models of the same sizes are one): loses structure (4) -> 6.

evaluate (Part 5) counts the correct predictions with closures bound late: inside the batch loop it appends
lambda: (logits.argmax(dim=1) == targets).sum().item() to a list and sums their results after the loop, when
logits and targets are those of the LAST batch: the accuracy is (number of batches) x (right answers in the last
batch) / (number of examples), which can exceed 1. The loss (exact mean of loss_fn), eval mode and no_grad are right.
The self-check catches the accuracy: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 6, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'linear_classifier_answer': r'''
_built = {}   # (in_features, num_classes) -> model


def make_linear_classifier(in_features, num_classes):
    key = (in_features, num_classes)
    if key not in _built:
        _built[key] = nn.Linear(in_features, num_classes)
    return _built[key]
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, count, counters = 0.0, 0, []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            count += len(targets)
            counters.append(lambda: (logits.argmax(dim=1) == targets).sum().item())
    correct = sum(counter() for counter in counters)
    return total_loss / count, correct / count
''',
}
