"""Slip in Part 3, a function Part 4 calls: cross_entropy returns the SUM of the per-example losses (stable, by hand)
instead of their mean: loses value (7) -> 8 (as buggy/ce_sum_not_mean). train_epoch trains with the loss_fn it is
given and, for a diagnostic only, also records the plain cross-entropy of each batch with the student's
cross_entropy(logits.detach(), targets) in a module-level list (correct/dep_train_logs_plain_ce_with_own_function);
the wrong diagnostic reaches neither the steps nor the value returned: train_epoch keeps 25."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (lse - right).sum()
''',
    'train_epoch_answer': r'''
plain_losses = []  # the plain cross-entropy of every batch, for a look afterwards


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        logits = model(inputs)
        loss = loss_fn(logits, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        plain_losses.append(cross_entropy(logits.detach(), targets).item())
    return sum(losses) / len(losses)
''',
}
