"""Partial, an R/NumPy student with two slips in two parts, none calling another:
- cross_entropy: the log-sum-exp kept as an (n, 1) column (keepdim=True, as R keeps matrices), the true-class
  logits an (n,) vector; lse - z_y broadcasts to (n, n) and sum() / n of it is n times the mean: a stable, by-hand
  scalar whose gradient points along softmax - one_hot, but its value is the batch SUM: loses value (7) -> 8;
- evaluate: the accuracy as mean(sapply(batches, acc)), the mean of the per-batch accuracies, which weighs the
  short last batch too much; the loss is the mean of the batch means (accepted), eval mode and no_grad right:
  loses accuracy (6) -> 14.
Each part scored on its own: linear 10, mlp 10, cross_entropy 8, train_epoch 25, evaluate 14, plot 10."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = len(targets)
    row_max = logits.amax(dim=1, keepdim=True)
    lse = row_max + (logits - row_max).exp().sum(dim=1, keepdim=True).log()   # n x 1
    z_y = logits[torch.arange(n), targets]                                     # length n
    return (lse - z_y).sum() / n
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    losses, accs = [], []
    with torch.no_grad():
        for x, y in loader:
            z = model(x)
            losses.append(loss_fn(z, y).item())
            accs.append((z.argmax(dim=1) == y).float().mean().item())   # acc of this batch
    return float(np.mean(losses)), float(np.mean(accs))                # mean(sapply(...))
''',
}
