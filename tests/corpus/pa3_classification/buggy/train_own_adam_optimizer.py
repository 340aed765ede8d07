"""train_epoch ignores the optimizer it is given and trains with an Adam of its own: it still trains (its steps point downhill), so it loses update (10) only -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    adam = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for inputs, targets in loader:
        adam.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        adam.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
