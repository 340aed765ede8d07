"""Junk in Part 5, honest Part 4: train_epoch is right (the reference loop) and also stashes its returned mean in a
module-level dict, _epoch_log["loss"]. evaluate does not compute a loss: it returns that stashed number ("the loss
was just computed by train_epoch, no need to do it again") with an honestly computed accuracy (model.eval(),
torch.no_grad(), hits over all examples). The loss it returns is another call's, on other data, and loss_fn is never
called: loss lost (6); accuracy, no_grad and eval mode honestly earned (14). train_epoch 25, everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
_epoch_log = {}


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    _epoch_log["loss"] = sum(losses) / len(losses)
    return _epoch_log["loss"]
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    correct, count = 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            correct += (model(inputs).argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return _epoch_log.get("loss", float("nan")), correct / count  # the loss: train_epoch just computed it
''',
}
