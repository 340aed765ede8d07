"""train_epoch ignores the optimizer it is given and builds its own torch.optim.SGD over model.parameters() with the given optimizer's learning rate (optimizer.param_groups[0]["lr"]), because the text describes the SGD step: in the notebook this silently replaces fit's Adam by SGD. Like train_own_optimizer (which the README says loses update), it does not use the optimizer it is given: loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    lr = optimizer.param_groups[0]["lr"]
    sgd = torch.optim.SGD(model.parameters(), lr=lr)  # plain SGD, as in the formula above
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
