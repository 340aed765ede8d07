"""Slip (evaluate), reads a notebook global instead of its argument: the loop is `for inputs, targets in val_loader:` (the notebook's validation loader) instead of the loader it is given; otherwise the reference (eval mode, no_grad, exact mean, counted accuracy). In the notebook fit's "training loss" is then the validation loss; on the grader's data it evaluates the wrong examples. Nothing it returns is about the given data; no_grad and eval mode count only with substance: evaluate 0 (as buggy/train_global_loader for train_epoch). The message should say it evaluated other data than its loader's."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in val_loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
