"""train_epoch and evaluate written as in the official PyTorch "Optimizing Model Parameters" tutorial: size = len(loader.dataset), num_batches = len(loader), enumerate over the loader, backward/step/zero_grad (gradients cleared after the step), a progress print; evaluate decorated with @torch.no_grad() as a whole, loss = sum of batch means / num_batches (mean of batch means, accepted), correct counted with .type(torch.float).sum().item() / size: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    size = len(loader.dataset)
    num_batches = len(loader)
    model.train()
    running = 0.0
    for batch, (X, y) in enumerate(loader):
        # Compute prediction error
        pred = model(X)
        loss = loss_fn(pred, y)

        # Backpropagation
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()

        running += loss.item()
        if batch % 100 == 0:
            current = (batch + 1) * len(X)
            print(f"loss: {loss.item():>7f}  [{current:>5d}/{size:>5d}]")
    return running / num_batches
''',
    'evaluate_answer': r'''
@torch.no_grad()
def evaluate(model, loader, loss_fn):
    size = len(loader.dataset)
    num_batches = len(loader)
    model.eval()
    test_loss, correct = 0, 0
    for X, y in loader:
        pred = model(X)
        test_loss += loss_fn(pred, y).item()
        correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    return test_loss, correct
''',
}
