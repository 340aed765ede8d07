"""Junk (evaluate), a statistic of the right scale: evaluate computes the real mean loss and accuracy (eval mode,
no_grad), but returns them "smoothed" as an exponential moving average with its previous result, 0.5 * new + 0.5 *
previous (kept in a module-level dict; the first call returns the real numbers). The numbers are of the right size
and move the right way, but after the first call they are not the loss and accuracy of the model and data it is given
(half of them is another model's, on other data). Nothing it returns after the first call is the evaluation asked
for; eval mode and no_grad count only when a number is right: evaluate 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
_previous = {}


def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    loss, accuracy = total_loss / count, correct / count
    if "loss" in _previous:   # smooth the curves
        loss = 0.5 * loss + 0.5 * _previous["loss"]
        accuracy = 0.5 * accuracy + 0.5 * _previous["accuracy"]
    _previous.update(loss=loss, accuracy=accuracy)
    return loss, accuracy
''',
}
