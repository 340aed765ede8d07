"""Correct, a training loop that calls the student's earlier function for a diagnostic only: train_epoch trains
with the loss_fn it is given (model.train(), zero_grad, forward, loss_fn, backward, step, mean of the batch losses
before their steps) and, after each step, also logs the PLAIN cross-entropy of the batch's logits with the student's
own Part 3 function, cross_entropy(logits.detach(), targets).item(), whose epoch mean it appends to a module-level
list train_diagnostics ("to compare with the smoothed loss"). The diagnostic never reaches the training or the
returned value; the Part 3 function is right here. Every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
train_diagnostics = []  # plain cross-entropy per epoch, whatever loss_fn trains


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses, plain = [], []
    for inputs, targets in loader:
        optimizer.zero_grad()
        logits = model(inputs)
        loss = loss_fn(logits, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        plain.append(cross_entropy(logits.detach(), targets).item())  # Part 3, for the log only
    train_diagnostics.append(sum(plain) / len(plain))
    return sum(losses) / len(losses)
''',
}
