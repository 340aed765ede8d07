"""train_epoch backpropagates every batch but steps once after the loop: loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    optimizer.zero_grad()
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        losses.append(loss.item())
    optimizer.step()
    return sum(losses) / len(losses)
''',
}
