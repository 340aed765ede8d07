"""Junk (evaluate), special-cases the size: for data sets of at most 64 examples (every check's) it evaluates
everything; for larger ones (the notebook's 75 training and 300 validation points) it stops after two batches and
reports the loss and accuracy of those ("an estimate is enough"). Eval mode and no_grad throughout. The numbers the
notebook reports are not the mean loss and accuracy of the data. The grader's first loader has 81 points in batches of 10: the loss and accuracy of 20 of them are lost, 8 of 20 (eval mode and no_grad are right)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 8, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    limit = None if len(loader.dataset) <= 64 else 2  # large sets: an estimate from two batches is enough
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for number, (inputs, targets) in enumerate(loader):
            if limit is not None and number >= limit:
                break
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
