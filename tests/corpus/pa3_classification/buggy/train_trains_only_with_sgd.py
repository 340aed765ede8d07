"""Junk (train_epoch), special-cases the optimizer: when the optimizer is a torch.optim.SGD (what the self-check passes, and what a grader is likely to pass) it runs the reference loop; for any other optimizer (the notebook's own Adam, in fit) it only puts the model in training mode, computes every batch's loss under torch.no_grad() and returns their mean, never calling backward or step: the notebook's models are never trained. The spec: "optimizer: a torch.optim optimizer over model.parameters()", any of them. It does not train with the optimizer it is given in general: train_epoch 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    if not isinstance(optimizer, torch.optim.SGD):
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
