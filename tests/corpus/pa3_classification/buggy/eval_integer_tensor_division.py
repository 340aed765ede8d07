"""Slip (evaluate, integer tensors): the student keeps the correct count as a LONG tensor ((pred == targets).sum()) and the example count as an int, and divides with // "to get a whole number of batches" habit: correct // count is an integer tensor, 0 unless every example is right. Loss (exact mean), no_grad and eval mode right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, torch.tensor(0), 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum()
            count += len(targets)
    return total_loss / count, (correct // count).item()
''',
}
