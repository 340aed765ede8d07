"""Slip (evaluate), the PyTorch tutorial's test loop copied with one name changed: the tutorial has
size = len(dataloader.dataset) and num_batches = len(dataloader); the student writes size = len(loader) for both,
so the loss (sum of batch means / number of batches: the mean of the batch means, accepted) is right but the
accuracy is correct / number of BATCHES, a count per batch, above 1 (15.67 on the self-check's loader of 3 batches).
model.eval() and @torch.no_grad() right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
@torch.no_grad()
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    size = len(loader)
    num_batches = len(loader)
    model.eval()
    test_loss, correct = 0, 0
    for X, y in loader:
        pred = model(X)
        test_loss += loss_fn(pred, y).item()
        correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    return test_loss, correct
''',
}
