"""train_epoch divides the sum of the batch losses by len(loader.dataset) // loader.batch_size, which undercounts the batches when the last one is short (75 // 25 is right in the notebook, 36 // 8 = 4 of 5 batches is not): trains right, returns a wrong mean: loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total = 0.0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
    n_batches = len(loader.dataset) // loader.batch_size
    return total / n_batches
''',
}
