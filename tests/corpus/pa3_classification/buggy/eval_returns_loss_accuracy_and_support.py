"""Slip (evaluate), sklearn habit (classification_report's "support"): evaluate returns a TRIPLE
(mean_loss, accuracy, n_examples) instead of the asked pair. Modes are right (model.eval(), torch.no_grad()), the
loss and accuracy computed inside are right, but the notebook asks for "(mean_loss, accuracy): two floats" (the
self-check asserts a pair, and the notebook's fit cell, `train_loss, _ = evaluate(...)`, fails to unpack it). As with
buggy/train_returns_list_of_batch_losses (a return value of the wrong form loses the value criterion) and
buggy/eval_returns_accuracy_then_loss (a misshapen result: 20 - 6 - 6 = 8), the result is not the pair the
spec defines: loss (6) and accuracy (6) lost, modes kept -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 8, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss, accuracy and support (number of examples), like sklearn's report."""
    model.eval()
    total_loss, correct, support = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            support += len(targets)
    return total_loss / support, correct / support, support
''',
}
