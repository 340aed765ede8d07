"""A weak submission with three honest slips in three different parts, none calling another: cross_entropy forgets
the final mean and returns the n per-example losses (stable, by hand: loses value 7 and gradient 2 -> 6, as
buggy/ce_no_mean_per_example); train_epoch zeroes the gradients once, before the loop, so from the second batch on
each step adds every earlier gradient (loses update 10 -> 15, as buggy/train_zero_grad_once_before_loop); evaluate
loops over the notebook's val_loader instead of its loader argument (it evaluates other data than it is given:
0, as buggy/eval_iterates_global_val_loader). In the notebook the training cell fails (backward of a non-scalar
loss) and the plot is replayed with the grader's curves. Predicted: linear 10, mlp 10, cross_entropy 6,
train_epoch 15, evaluate 0, plot 10; each message should name its own part's slip."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 15, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    shift = logits.amax(dim=1, keepdim=True)
    log_sum = shift.squeeze(1) + (logits - shift).exp().sum(dim=1).log()
    return log_sum - logits[torch.arange(logits.shape[0]), targets]
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    optimizer.zero_grad()
    total, batches = 0.0, 0
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in val_loader:
            logits = model(inputs)
            total += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total / count, correct / count
''',
}
