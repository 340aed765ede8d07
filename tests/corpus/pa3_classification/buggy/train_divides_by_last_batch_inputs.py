"""Slip (train_epoch, reused variable name): the loop variable `inputs` outlives the loop, and the student divides the sum of the batch losses by len(inputs), meaning "the number of things we went through", which is the size of the LAST batch, not the number of batches. Trains right (mode, batches, updates): loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total = 0.0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(inputs)
''',
}
