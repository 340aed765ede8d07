"""Slip (evaluate), hard-coded class count: correct predictions are counted as the overlap of F.one_hot(predicted, 3) and F.one_hot(targets, 3) ("three spirals"). Right for models with up to 3 classes; for a model with K >= 4 classes one_hot raises as soon as a prediction or target is 3 or more. The spec's model maps inputs to logits of any width; the loss (exact mean), no_grad and eval mode are right: loses accuracy (6) -> 14. (A grader that only evaluates 3-class models cannot see this.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            hits = F.one_hot(logits.argmax(dim=1), 3) * F.one_hot(targets, 3)  # three spirals
            correct += int(hits.sum())
            count += len(targets)
    return total_loss / count, correct / count
''',
}
