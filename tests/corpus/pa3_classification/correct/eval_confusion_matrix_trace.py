"""Correct (evaluate), accuracy computed a different way: a K x K confusion matrix accumulated over the batches with torch.bincount(targets * K + predicted, minlength=K*K) (K read from the logits' width, so any number of classes works), accuracy = trace / total; the loss is the exact mean (batch mean times targets.numel(), divided by the number of examples). model.eval() and torch.no_grad(): full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    confusion = None
    loss_sum, seen = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            k = logits.shape[1]
            if confusion is None:
                confusion = torch.zeros(k, k, dtype=torch.long)
            confusion += torch.bincount(targets * k + logits.argmax(dim=1), minlength=k * k).view(k, k)
            loss_sum += loss_fn(logits, targets).item() * targets.numel()
            seen += targets.numel()
    return loss_sum / seen, (confusion.trace().double() / confusion.sum()).item()
''',
}
