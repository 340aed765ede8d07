"""Slip (evaluate), MATLAB 1-based habit: the student collects the batches (batches = list(loader)) and walks them
with `for b in range(1, len(batches))` ("batches 1 to end"), so the FIRST batch is never evaluated; the loss and
accuracy are computed correctly over the batches it does see (exact mean, counted hits), with model.eval() and
torch.no_grad(). Both values cover only part of the data: loss (6) and accuracy (6) lost, modes kept -> 8 (as
buggy/eval_first_batch_only)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 8, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    batches = list(loader)
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for b in range(1, len(batches)):
            inputs, targets = batches[b]
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
