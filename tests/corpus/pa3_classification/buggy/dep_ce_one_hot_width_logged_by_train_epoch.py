"""Slip in Part 3, a function Part 4 calls: cross_entropy picks the true-class logits with F.one_hot(targets)
WITHOUT num_classes (max(targets) + 1 columns), so it raises whenever a batch lacks the last class (as
buggy/ce_one_hot_infers_num_classes: value and gradient lost -> 6). train_epoch is right: it trains with the
loss_fn it is given and, after each step, logs the plain cross-entropy of the batch with the student's
cross_entropy(logits.detach(), targets) for a diagnostic (correct/dep_train_logs_plain_ce_with_own_function). In the
notebook every batch of 25 holds all three classes and nothing fails; on a loader whose batch lacks the last class
the diagnostic raises inside train_epoch. That is Part 3's slip: by the kit's promise train_epoch keeps 25, and a
message about it should name cross_entropy's one_hot, not train_epoch."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    m = logits.max(dim=1, keepdim=True).values
    lse = m.squeeze(1) + torch.log(torch.exp(logits - m).sum(dim=1))
    picked = (logits * F.one_hot(targets).to(logits.dtype)).sum(dim=1)
    return (lse - picked).mean()
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
