"""train_epoch forgets .item(): it keeps the loss tensors (each with its autograd graph) and returns sum(losses) / len(losses), a one-element tensor that requires grad. Wasteful (the graphs stay alive until the value is dropped) but the number is the mean of the batch losses before their updates, and the training is right; the rules judge the value: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss)
    return sum(losses) / len(losses)
''',
}
