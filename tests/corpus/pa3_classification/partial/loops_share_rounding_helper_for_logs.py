"""Partial, one slip shared by two parts: the train_epoch cell defines a helper as_number(t) = round(float(t), 2)
("tidy numbers for the history", an R/print habit), and both train_epoch (each batch loss) and evaluate (each batch
loss) pass their losses through it. Both loops are otherwise right: train_epoch's mode, batches and steps are the
reference, so only its returned mean is off (by up to 5e-3): loss (6) lost -> 19. evaluate counts its hits as
integers (accuracy right), uses model.eval() and torch.no_grad(), but its mean loss is built from rounded batch
losses: loss (6) lost -> 14. Each part loses only what its own use of the helper breaks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def as_number(t):
    """A tidy Python number for logs and histories (2 decimals)."""
    return round(float(t), 2)


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(as_number(loss))
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
            total_loss += as_number(loss_fn(logits, targets)) * len(targets)
            correct += int((logits.argmax(dim=1) == targets).sum())
            count += len(targets)
    return total_loss / count, correct / count
''',
}
