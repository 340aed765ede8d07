"""Slip (train_epoch), the classic wrong "fix" for "element 0 of tensors does not require grad": the loss value is
taken with .item() and re-wrapped as torch.tensor(value, requires_grad=True), so backward() fills the gradient of
that new leaf only; the parameters get no gradient and optimizer.step() moves nothing. Mode, every batch, and the
reported mean of the batch losses (before each step, trivially) are right, but by the corpus's rule
(buggy/train_never_steps) a train_epoch that never changes the parameters earns nothing: 0. (Its message should say
that the steps were made but no gradient reached the parameters, not to call optimizer.step().)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        value = loss_fn(model(inputs), targets).item()
        loss = torch.tensor(value, requires_grad=True)  # backward() complained without requires_grad
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
