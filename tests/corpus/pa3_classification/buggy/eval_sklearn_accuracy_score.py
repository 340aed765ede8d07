"""Slip (evaluate): the evaluate cell starts with `from sklearn.metrics import accuracy_score` (the student's laptop has scikit-learn; the course environment does not), so the cell stops at its first line with ModuleNotFoundError and evaluate is never defined. evaluate 0, and the message should name the real cause (no module named sklearn: the cell failed at the import), not just "not defined"."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
from sklearn.metrics import accuracy_score


def evaluate(model, loader, loss_fn):
    model.eval()
    losses, sizes, preds, trues = [], [], [], []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            losses.append(loss_fn(logits, targets).item())
            sizes.append(len(targets))
            preds.extend(logits.argmax(1).tolist())
            trues.extend(targets.tolist())
    return float(np.average(losses, weights=sizes)), accuracy_score(trues, preds)
''',
}
