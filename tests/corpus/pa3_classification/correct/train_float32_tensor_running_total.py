"""Correct (train_epoch), float32 bookkeeping: the batch losses are added into a float32 0-d tensor, total = torch.zeros((), dtype=torch.float32), in place under torch.no_grad() (total += loss: no graph kept; a float64 loss, if the model is float64, is rounded to float32 by the in-place add), and the function returns (total / batches).item(). Each loss is the one computed before its batch's step; model.train(), zero_grad, forward with loss_fn, backward, the given optimizer's step on every batch. An epoch has a handful of batches, so float32 accumulation is exact to about 1e-7 relative, the precision of the notebook's own float32 losses (its self-check allows 1e-5). The notebook asks for the mean of the batch losses as a float: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total = torch.zeros((), dtype=torch.float32)    # running sum of the batch losses
    batches = 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            total += loss                           # this batch's loss, computed before its step
        batches += 1
    return (total / batches).item()
''',
}
