"""Slip (train_epoch): the student logs the loss every LOG_EVERY = 2 batches (print and append to `logged`) and returns the mean of the LOGGED losses only (batches 0, 2, 4, ...), not of all batches. Mode, batches and updates right (every batch is a plain step): loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
LOG_EVERY = 2


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    logged = []
    for i, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        if i % LOG_EVERY == 0:
            logged.append(loss.item())
            print(f"batch {i}: loss {loss.item():.4f}")
    return sum(logged) / len(logged)
''',
}
