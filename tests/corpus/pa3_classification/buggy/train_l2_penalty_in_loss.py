"""Slip (train_epoch): "against overfitting" the student adds an L2 penalty lam * sum ||p||^2 (lam = 0.01) to each batch loss before backward, and logs that penalised loss. One slip with two consequences: the updates are not the plain SGD steps on loss_fn (update 10 lost) and the returned mean is not the mean of loss_fn's batch losses (loss 6 lost). Mode and batches right -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    lam = 0.01  # a little L2 regularisation against overfitting
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss = loss + lam * sum((p ** 2).sum() for p in model.parameters())
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
