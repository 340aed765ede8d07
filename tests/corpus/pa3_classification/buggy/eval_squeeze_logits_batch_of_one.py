"""Slip (evaluate) that shows only on some loaders the spec allows: a habit from PA2's regression, the logits are
model(inputs).squeeze(). For every batch of two or more examples nothing changes; for a last batch of ONE example
(301 validation points in batches of 100, say) the logits become shape (K,), and loss_fn and argmax(dim=1) raise.
The notebook's loaders (75/25, 300/100) never make one.  The grader's first evaluate loader (81 points in batches of 10) ends with a batch of one: evaluate raises there and loses loss and accuracy, 8 of 20 (eval mode and no_grad are right)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 8, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs).squeeze()
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
