"""Slip (train_epoch): the student adds gradient accumulation over TWO loader batches (ACCUMULATE = 2: loss / 2 backpropagated, optimizer.step() and zero_grad() every second batch, a flush after the loop for an odd last batch). The spec asks one optimizer step per batch, so the parameter updates are wrong; every batch is visited once in training mode, and the returned value is the mean of the batch losses as computed (each before any step that uses it): loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
ACCUMULATE = 2  # effective batch = two loader batches


def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    optimizer.zero_grad()
    losses = []
    for i, (inputs, targets) in enumerate(loader):
        loss = loss_fn(model(inputs), targets)
        (loss / ACCUMULATE).backward()
        losses.append(loss.item())
        if (i + 1) % ACCUMULATE == 0:
            optimizer.step()
            optimizer.zero_grad()
    if len(losses) % ACCUMULATE:
        optimizer.step()
        optimizer.zero_grad()
    return sum(losses) / len(losses)
''',
}
