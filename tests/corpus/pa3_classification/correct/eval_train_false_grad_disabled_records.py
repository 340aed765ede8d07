"""Correct (evaluate), assistant idioms: model.train(False) instead of model.eval() (the same call), the forward passes
inside `with torch.set_grad_enabled(False):` (a scoped switch, like no_grad, restored on exit), and a list of dicts
{"n": batch size, "loss_sum": batch mean * n, "correct": count} turned into NumPy arrays at the end: loss =
loss_sum.sum() / n.sum() (the exact mean over examples), accuracy = correct.sum() / n.sum(). Both returned as Python
floats. Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.train(False)  # same as model.eval()
    rows = []
    with torch.set_grad_enabled(False):
        for inputs, targets in loader:
            logits = model(inputs)
            n = targets.shape[0]
            rows.append({
                "n": n,
                "loss_sum": loss_fn(logits, targets).item() * n,
                "correct": int((logits.argmax(dim=1) == targets).sum()),
            })
    n = np.array([r["n"] for r in rows], dtype=np.float64)
    loss_sum = np.array([r["loss_sum"] for r in rows])
    correct = np.array([r["correct"] for r in rows], dtype=np.float64)
    return float(loss_sum.sum() / n.sum()), float(correct.sum() / n.sum())
''',
}
