"""Slip (train_epoch, beginner): `optimizer.zero_grad` written without the parentheses, so the gradients are never cleared and every step uses the sum of all gradients so far. Mode, batches and the returned mean of the pre-step losses right: loses update (10) -> 15 (as buggy/train_no_zero_grad)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad
        outputs = model(inputs)
        loss = loss_fn(outputs, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
