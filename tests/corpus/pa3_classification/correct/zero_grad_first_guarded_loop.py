"""train_epoch uses explicit model.train(True), zero_grad at the top, and collects losses in a numpy array; evaluate uses model.train(False) and torch.set_grad_enabled(False): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train(True)
    values = np.zeros(len(loader))
    for i, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        values[i] = loss.item()
    return values.mean()
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.train(False)
    weighted, right, n = 0.0, 0, 0
    with torch.set_grad_enabled(False):
        for inputs, targets in loader:
            logits = model(inputs)
            b = targets.shape[0]
            weighted += b * float(loss_fn(logits, targets))
            right += int((logits.max(dim=1).indices == targets).sum())
            n += b
    return weighted / n, right / n
''',
}
