"""Junk on one criterion (evaluate): the loss is the reference's (eval mode, no_grad, exact mean), but the accuracy returned is the constant 1.0 (the model's predictions are never compared with the targets). Accuracy lost (6); the loss is real, so no_grad and eval mode count -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, count = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            total_loss += loss_fn(model(inputs), targets).item() * len(targets)
            count += len(targets)
    return total_loss / count, 1.0
''',
}
