"""Slip (train_epoch), a Python generator consumed once: the student clears the gradients by hand ("set_to_none, like zero_grad does") with `for p in params: p.grad = None`, where params = model.parameters() is taken ONCE before the loop. model.parameters() is a generator: the first batch's clearing loop exhausts it, and for every later batch the loop runs zero times, so the gradients are never cleared again and each step uses the sum of all gradients since the first batch (as buggy/train_no_zero_grad). Mode, every batch once, forward with loss_fn, backward, the given optimizer's step, and the mean of the pre-step batch losses are right: update (10) lost -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    params = model.parameters()          # the tensors whose gradients we clear
    losses = []
    for inputs, targets in loader:
        for p in params:                 # clear the old gradients (set to None, as zero_grad does)
            p.grad = None
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
