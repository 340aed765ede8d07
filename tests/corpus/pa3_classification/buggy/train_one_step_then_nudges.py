"""junk: one optimizer step on the first batch, then every parameter nudged by 0.01 on the others: it does not train, nothing."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        if not losses:
            optimizer.step()
        else:
            with torch.no_grad():
                for p in model.parameters():
                    p.add_(0.01)
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
