"""Slip (evaluate): evaluate returns the NUMBER of correctly classified examples instead of the fraction (forgets to divide `correct` by the count). Loss (exact mean), no_grad and eval mode right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    losses, correct, seen = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            logits = model(x)
            losses += loss_fn(logits, y).item() * x.shape[0]
            correct += (logits.argmax(1) == y).sum().item()
            seen += x.shape[0]
    return losses / seen, correct
''',
}
