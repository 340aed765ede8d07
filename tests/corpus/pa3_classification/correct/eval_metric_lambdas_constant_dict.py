"""Correct (evaluate), a dictionary of lambdas as a module-level constant: METRICS = {"loss": ..., "correct": ...,
"seen": ...} maps each name to a lambda (logits, targets, loss_fn) -> the batch's contribution (the batch-size
weighted loss, the number right, the number of examples). METRICS is only read; evaluate builds a NEW totals dict
on every call ({name: 0.0 for name in METRICS}), adds each batch's contributions under torch.no_grad() after
model.eval(), and divides at the end. Exact mean loss of the loss_fn it is given, accuracy counted over all
examples, eval mode, no autograd; nothing carries over between calls: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
METRICS = {
    "loss": lambda logits, targets, loss_fn: loss_fn(logits, targets).item() * len(targets),
    "correct": lambda logits, targets, loss_fn: (logits.argmax(dim=1) == targets).sum().item(),
    "seen": lambda logits, targets, loss_fn: len(targets),
}


def evaluate(model, loader, loss_fn):
    totals = {name: 0.0 for name in METRICS}   # fresh on every call
    model.eval()
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            for name, metric in METRICS.items():
                totals[name] += metric(logits, targets, loss_fn)
    return totals["loss"] / totals["seen"], totals["correct"] / totals["seen"]
''',
}
