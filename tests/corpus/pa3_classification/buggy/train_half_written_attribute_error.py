"""Half-written train_epoch: model.train(), then `for inputs, targets in loader.batches():` (a method DataLoader does
not have) and the rest of the loop; it raises AttributeError before any forward pass. Nothing trained: train_epoch 0
(mode counts only with substance), message should name the AttributeError. evaluate, the plot (replayed) and the rest
full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader.batches():
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
