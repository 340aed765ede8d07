"""train_epoch sets each p.grad from torch.autograd.grad, then steps the optimizer: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    params = list(model.parameters())
    total, batches = 0.0, 0
    for inputs, targets in loader:
        loss = loss_fn(model(inputs), targets)
        grads = torch.autograd.grad(loss, params)
        for p, g in zip(params, grads):
            p.grad = g
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
}
