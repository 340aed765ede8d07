"""Defensive error reporting (evaluate): the forward pass and loss of each batch sit in try/except; on an error the
traceback is printed with the pre-3.10 idiom traceback.print_exception(type(err), err, err.__traceback__) and the
error re-raised. Never triggered here. Otherwise eval mode, torch.no_grad(), the exact mean loss (weighted by
targets.numel()) and the counted accuracy: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import traceback


def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            try:
                logits = model(inputs)
                batch_loss = loss_fn(logits, targets)
            except Exception as err:
                traceback.print_exception(type(err), err, err.__traceback__)
                raise
            total_loss += batch_loss.item() * targets.numel()
            correct += int((logits.argmax(dim=1) == targets).sum())
            count += targets.numel()
    return total_loss / count, correct / count
''',
}
