"""Slip (evaluate), a last batch that does not divide evenly: the accuracy's denominator is
len(loader) * loader.batch_size ("number of batches times batch size = number of examples"), which counts a short
last batch as if it were full. The notebook's loaders divide evenly (75 = 3 x 25, 300 = 3 x 100), so there it is
exact; the loss is the mean of the batch means (total over len(loader), accepted by the notebook), model.eval()
and torch.no_grad() are right. Exposed by any loader whose dataset size is not a multiple of its batch size (the
self-check's 130 points in batches of 64: divides by 192, so the accuracy is about 2/3 of the right one; the
self-check catches it). Accuracy (6) lost -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item()
            correct += (logits.argmax(dim=1) == targets).sum().item()
    n_examples = len(loader) * loader.batch_size   # batches x batch size
    return total_loss / len(loader), correct / n_examples
''',
}
