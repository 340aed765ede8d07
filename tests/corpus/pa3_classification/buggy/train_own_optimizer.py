"""train_epoch ignores the optimizer it is given and makes its own SGD with lr=0.01: loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    sgd = torch.optim.SGD(model.parameters(), lr=0.01)
    losses = []
    for inputs, targets in loader:
        sgd.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        sgd.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
