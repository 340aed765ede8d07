"""A helper shared by both loops, defined in the train_epoch cell: `_batch_step(model, batch, loss_fn)` returns (logits, loss) for one batch. train_epoch puts the model in training mode, uses the helper, and calls model.eval() after the loop "so that the model is ready for evaluation" (the updates all happened in training mode). evaluate (next cell) reuses the same helper under torch.no_grad() after model.eval(). Full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def _batch_step(model, batch, loss_fn):
    """Forward one (inputs, targets) batch: its logits and its loss."""
    inputs, targets = batch
    logits = model(inputs)
    return logits, loss_fn(logits, targets)


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = []
    for batch in loader:
        optimizer.zero_grad()
        _, loss = _batch_step(model, batch, loss_fn)
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.item())
    model.eval()  # ready for evaluation
    return sum(batch_losses) / len(batch_losses)
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total, right, n = 0.0, 0, 0
    with torch.no_grad():
        for batch in loader:
            logits, loss = _batch_step(model, batch, loss_fn)
            targets = batch[1]
            total += loss.item() * len(targets)
            right += (logits.argmax(dim=1) == targets).sum().item()
            n += len(targets)
    return total / n, right / n
''',
}
