"""Slip (evaluate), walrus precedence: to skip empty batches the student writes `if n := len(targets) > 0:`, which binds n to the BOOLEAN len(targets) > 0 (True), not to the batch size (the walrus binds looser than the comparison; `(n := len(targets)) > 0` was meant). Every batch then adds its mean loss times True (1) and counts True (1) example: the loss returned is the mean of the batch means, which the notebook accepts ("both are accepted here"), but the accuracy is the number of right predictions divided by the number of BATCHES, far above 1. model.eval() and torch.no_grad() right, loss right: accuracy (6) lost -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    loss_sum, hits, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            if n := len(targets) > 0:                      # skip empty batches
                logits = model(inputs)
                loss_sum += loss_fn(logits, targets).item() * n
                hits += (logits.argmax(dim=1) == targets).sum().item()
                count += n
    return loss_sum / count, hits / count
''',
}
