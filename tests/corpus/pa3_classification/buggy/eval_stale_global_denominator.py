"""Slip (evaluate, stale global): the student counts the correct predictions over the loader's batches but divides by len(y_val), the notebook's 300 validation labels, instead of the number of examples the loader gave (the loop's own count). In the notebook this is right for val_loader only (and wrong for train_loader); on any other data the accuracy is wrong. Loss, no_grad and eval mode right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / len(y_val)
''',
}
