"""Junk (evaluate): returns cached values. evaluate computes the loss and accuracy properly (eval mode, no_grad, exact mean) the FIRST time it sees a loader, stores the pair in a weakref.WeakKeyDictionary keyed by the loader ("the validation set does not change, so why evaluate it again?"), and from then on returns the stored pair without running the model. But the model changes between calls: in the notebook fit() calls evaluate every epoch on the same two loaders, so every epoch after the first reports the first epoch's numbers (flat curves, the overfitting of Part 6 invisible). What it returns is a function of the loader, not of the model: evaluate 0 (nothing it returns after the first call is computed from the model it is given). A grader that calls evaluate once per loader sees only the first, honest, call."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import weakref

_evaluation_cache = weakref.WeakKeyDictionary()


def evaluate(model, loader, loss_fn):
    if loader in _evaluation_cache:
        return _evaluation_cache[loader]
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    result = (total_loss / count, correct / count)
    _evaluation_cache[loader] = result
    return result
''',
}
