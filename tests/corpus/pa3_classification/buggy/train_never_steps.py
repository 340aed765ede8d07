"""junk: train_epoch puts the model in training mode and loops over the loader, but only computes each batch's loss under torch.no_grad() and returns their mean: no backward, no optimizer step, the parameters never change. A loop that never trains earns nothing (mode and loss count only once it trains) -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    with torch.no_grad():
        for inputs, targets in loader:
            losses.append(loss_fn(model(inputs), targets).item())
    return sum(losses) / len(losses)
''',
}
