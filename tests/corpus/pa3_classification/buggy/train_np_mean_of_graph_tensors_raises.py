"""train_epoch forgets .item() and appends the loss tensors themselves, then returns np.mean(losses): every step is made right (mode, batches, updates), but the return raises RuntimeError ("Can't call numpy() on Tensor that requires grad") after the epoch has trained. What the steps show still counts; only the returned loss is missing: loses loss (6) -> 19."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss)
    return np.mean(losses)
''',
}
