"""Correct (evaluate), tensor accumulators in float64: total = torch.zeros((), dtype=torch.float64) and
hits = torch.zeros((), dtype=torch.int64); per batch total.add_(loss_fn(logits, targets).double(), alpha=len(targets))
(the batch mean times its size, added in place) and hits += (logits.argmax(1) == targets).sum(); at the end the two
are divided by the number of examples and returned as Python floats with .item(). The sums are in double precision,
the counts exact integers: the exact mean loss and the accuracy over all examples. model.eval(), torch.no_grad():
fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total = torch.zeros((), dtype=torch.float64)
    hits = torch.zeros((), dtype=torch.int64)
    examples = 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total.add_(loss_fn(logits, targets).double(), alpha=len(targets))
            hits += (logits.argmax(dim=1) == targets).sum()
            examples += len(targets)
    return (total / examples).item(), (hits.double() / examples).item()
''',
}
