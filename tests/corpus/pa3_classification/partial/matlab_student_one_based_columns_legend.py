"""Partial, a MATLAB-first student with three slips in three parts, none calling another:
- cross_entropy: labels assumed 1-based, the true-class logit read at column targets - 1; stable and by hand, but
  the value and the gradient are those of the wrong classes: loses value (7) and gradient (2) -> 6;
- evaluate: the example count taken as X.shape[1] (size(X, 2) when examples are columns), which is the number of
  features; loss (mean of batch means), eval mode and no_grad right, the accuracy is not a fraction of the
  examples: loses accuracy (6) -> 14;
- plot_curves: plt.legend("training", "validation") as in MATLAB, which leaves an empty legend; both curves,
  labels and title right: loses legend (1) -> 9.
Each part scored on its own: linear 10, mlp 10, cross_entropy 6, train_epoch 25, evaluate 14, plot 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    [n, K] = logits.shape
    m = torch.max(logits, 1).values
    lse = m + torch.log(torch.sum(torch.exp(logits - m.reshape(n, 1)), 1))
    idx = (torch.arange(1, n + 1) - 1) * K + (targets - 1)   # sub2ind(size(Z), 1:n, y), labels 1..K
    zy = logits.reshape(-1)[idx]
    return torch.sum(lse - zy) / n
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    L, hits, n = [], 0, 0
    with torch.no_grad():
        for X, y in loader:
            Z = model(X)
            L.append(loss_fn(Z, y).item())
            hits += torch.sum(torch.argmax(Z, 1) == y).item()
            n += X.shape[1]      # size(X, 2)
    return sum(L) / len(L), hits / n
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
e = np.arange(1, len(train_losses) + 1)
plt.figure()
plt.plot(e, train_losses, "k-", e, val_losses, "r-")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("Training and validation loss")
plt.legend("training", "validation")
plt.grid(True)
plt.show()
''',
}
