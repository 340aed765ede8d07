"""junk: forward passes only, one nudge of every parameter at the end, the last batch's loss returned: nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.01)
    return loss.item()
''',
}
