"""evaluate takes logits.argmax(dim=1, keepdim=True), a column (n, 1), and compares it with targets (n,): the comparison broadcasts to an n x n table and .sum() counts every pair (i, j) with pred_i == y_j, so the "accuracy" is about n/3 times too big (above 1). Loss, no_grad and eval mode right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            preds = logits.argmax(dim=1, keepdim=True)
            correct += (preds == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
