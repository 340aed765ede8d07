"""Slip (evaluate): evaluate converts the logits to probabilities (torch.softmax) and passes the PROBABILITIES to loss_fn (softmax before cross-entropy); the predictions are argmax of the probabilities (= argmax of the logits). The accuracy is right, model.eval() and torch.no_grad() right: loses loss (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total, right, n = 0.0, 0, 0
    with torch.no_grad():
        for x, y in loader:
            probs = torch.softmax(model(x), dim=1)   # class probabilities
            total += loss_fn(probs, y).item() * len(y)
            right += (probs.argmax(dim=1) == y).sum().item()
            n += len(y)
    return total / n, right / n
''',
}
