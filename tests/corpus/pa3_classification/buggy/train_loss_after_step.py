"""train_epoch records each batch's loss recomputed after the optimizer step: loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            losses.append(loss_fn(model(inputs), targets).item())
    return sum(losses) / len(losses)
''',
}
