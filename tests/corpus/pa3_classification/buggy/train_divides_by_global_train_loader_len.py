"""Slip (train_epoch), reads a notebook global: the sum of the batch losses is divided by len(train_loader) (the notebook's 3 batches) instead of the number of batches of the loader it was given. Right for train_loader only; every other loader gets a wrong mean. Mode, batches and updates right: loses loss (6) -> 19."""

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
    return total / len(train_loader)
''',
}
