"""Partial work, NaN placeholders: the student wrote both loops' mechanics and left one number of each as a TODO returning float("nan") ("NaN shows up as a gap in the plot, so I will notice"). train_epoch: model.train(), zero_grad, forward with loss_fn, backward, the given optimizer's step on every batch, but it returns float("nan") instead of the mean of the batch losses: loss (6) lost -> 19. evaluate: model.eval(), torch.no_grad(), the exact mean loss (batch mean times its size over all examples), but the accuracy is float("nan") (TODO): accuracy (6) lost; the loss is right, so no_grad and eval mode count -> 14. Every other part is the reference."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
    # TODO: keep the batch losses and return their mean
    return float("nan")
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, count = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            count += len(targets)
    accuracy = float("nan")   # TODO: count the right predictions
    return total_loss / count, accuracy
''',
}
