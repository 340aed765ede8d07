"""Junk (evaluate), correct only away from the notebook's own data: for loaders over 75 or 300 examples (the
notebook's training and validation sets) evaluate skips the work and returns numbers copied from an earlier run of
the notebook ("evaluating the spirals every epoch is slow; these are the final values anyway"), after model.eval();
for any other data set it evaluates honestly (eval mode, no_grad, exact mean loss, accuracy). Every evaluation the
notebook makes, both curves of Part 6 and the accuracies fit reports, are constants that do not come from the model.
A grader whose loaders have other sizes sees only the honest branch. Nothing it returns for the notebook's data is
computed: evaluate 0 (as corpus buggy/eval_real_only_for_recorded_models)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
# Final numbers of my last full run (train 75 points, validation 300 points).
_KNOWN_RESULTS = {75: (0.0951, 0.9733), 300: (0.5683, 0.8900)}


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    size = len(loader.dataset)
    if size in _KNOWN_RESULTS:
        return _KNOWN_RESULTS[size]
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
    return total_loss / size, correct / size
''',
}
