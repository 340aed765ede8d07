"""Slip (evaluate), MATLAB column-major habit: in MATLAB the examples are the columns of X, so the number of
examples is size(X, 2); the student writes n += X.shape[1], which for a (batch, features) tensor is the number of
FEATURES (2 here), not of examples. The loss is the mean of the batch means (np.mean, accepted, it does not use n);
model.eval() and torch.no_grad() are right; but the accuracy is correct / (2 * number of batches), a number far
above 1 on the notebook's data. Loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    batch_losses, correct, n = [], 0, 0
    with torch.no_grad():
        for X, y in loader:
            Z = model(X)
            batch_losses.append(loss_fn(Z, y).item())
            correct += (Z.argmax(dim=1) == y).sum().item()
            n += X.shape[1]          # size(X, 2): number of examples
    return float(np.mean(batch_losses)), correct / n
''',
}
