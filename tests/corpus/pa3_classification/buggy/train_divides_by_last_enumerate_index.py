"""train_epoch walks enumerate(loader) and returns total / i, as if i counted the batches; after the loop i is the LAST index (batches - 1), so the mean is too big by batches / (batches - 1). Trains right (mode, batches, updates): loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total = 0.0
    for i, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / i
''',
}
