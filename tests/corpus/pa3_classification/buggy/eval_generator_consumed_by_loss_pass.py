"""Slip (evaluate), a generator consumed twice: the student puts the forward passes in ONE generator expression,
batches = ((model(inputs), targets) for inputs, targets in loader), and then takes two sums over it, one for the
loss and one for the number right. The first sum exhausts the generator, so the second one sees nothing: the count of
correct predictions is always 0 and the accuracy 0.0, on every call. The loss (batch-size weighted, divided by
len(loader.dataset)) is the exact mean of loss_fn, computed in eval mode under torch.no_grad(). The self-check
catches the accuracy. Loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    n = len(loader.dataset)
    with torch.no_grad():
        batches = ((model(inputs), targets) for inputs, targets in loader)
        mean_loss = sum(loss_fn(logits, targets).item() * len(targets) for logits, targets in batches) / n
        accuracy = sum((logits.argmax(dim=1) == targets).sum().item() for logits, targets in batches) / n
    return mean_loss, accuracy
''',
}
