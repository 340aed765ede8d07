"""Junk (evaluate), special-cases the checkers' models: when type(model).__name__ starts with "Recorded" (the
self-check's model class is Recorded; a grader's recording model is likely named alike) it runs the real
evaluation; for every other model (the notebook's nn.Linear and nn.Sequential) it skips the work and returns the
last result it computed for that loader size, or (1.0, 0.5). The evaluations the notebook prints are made up:
evaluate should earn 0. The grader's model is a class of the notebook's kind (__main__.Classifier): evaluate computes nothing for it and earns nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
_last = {}


def evaluate(model, loader, loss_fn):
    size = len(loader.dataset)
    if not type(model).__name__.startswith("Recorded"):
        return _last.get(size, (1.0, 0.5))  # our own models: no need to evaluate every epoch
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    _last[size] = (total_loss / count, correct / count)
    return _last[size]
''',
}
