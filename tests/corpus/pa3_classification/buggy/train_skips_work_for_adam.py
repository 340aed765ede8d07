"""Junk in Part 4, special-casing the optimizer the notebook uses: when the optimizer is a torch.optim.Adam (the
notebook's fit passes Adam) train_epoch only puts the model in training mode, computes every batch's loss under
torch.no_grad() and returns their mean ("Adam converges anyway; just report the loss"): nothing is ever trained in the
notebook. For any other optimizer (the self-check's SGD, a grader's own optimizer) it runs the reference loop. The
spec's optimizer is any torch.optim optimizer; with the notebook's own it does no work: train_epoch earns nothing
honestly -> 0 (compare buggy/train_trains_only_with_sgd, the same trick keyed the other way round). Every other part
the reference."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    if isinstance(optimizer, torch.optim.Adam):  # Adam converges anyway: just report the loss
        with torch.no_grad():
            for inputs, targets in loader:
                losses.append(loss_fn(model(inputs), targets).item())
        return sum(losses) / len(losses)
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
