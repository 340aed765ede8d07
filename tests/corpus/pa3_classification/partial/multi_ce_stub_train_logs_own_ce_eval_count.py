"""Partial notebook, a stub that a later part calls, plus a slip elsewhere. Part 3 (cross_entropy) is left as the
template stub. train_epoch is written right: it trains with the loss_fn it is given (model.train(), zero_grad,
forward, loss_fn, backward, step; mean of the batch losses before their steps) and, after each step, logs the plain
cross-entropy of the batch with the student's own cross_entropy(logits.detach(), targets) for a diagnostic list
(as correct/dep_train_logs_plain_ce_with_own_function); here that call raises NotImplementedError from Part 3's stub.
evaluate has a slip of its own: it returns the number of correct predictions instead of the fraction (loses accuracy
6 -> 14). Predicted per part: cross_entropy 0 (not written); train_epoch 25 (its own code is right; the kit promises
a mistake in one part costs no points in another; its message should name cross_entropy as not written, not
train_epoch); evaluate 14; models 10 each; plot 10 (the training cell fails, the plot is replayed with the grader's
curves)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably.

    Args:
        logits: float tensor of shape (n, K).
        targets: int64 tensor of shape (n,), each in 0..K-1.

    Returns:
        A scalar tensor: the mean over the n examples of logsumexp(logits[i]) - logits[i, targets[i]].
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'train_epoch_answer': r'''
plain_losses = []  # the plain cross-entropy of every batch (Part 3), for a look afterwards


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
    'evaluate_answer': r'''
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
    return total_loss / count, correct
''',
}
