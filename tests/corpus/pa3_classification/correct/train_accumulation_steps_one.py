"""train_epoch written with the usual gradient-accumulation skeleton, accumulation explicitly disabled (accumulation_steps = 1): the loss is divided by 1, optimizer.step() and zero_grad() run when (i + 1) % 1 == 0, i.e. after every batch, and the leftover flush after the loop never fires; the logged loss is loss.item() * accumulation_steps, the batch loss before its step. Exactly one SGD step per batch: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    accumulation_steps = 1          # no gradient accumulation: one optimizer step per batch
    model.train()
    optimizer.zero_grad()
    batch_losses = []
    i = -1
    for i, (inputs, targets) in enumerate(loader):
        loss = loss_fn(model(inputs), targets) / accumulation_steps
        loss.backward()
        if (i + 1) % accumulation_steps == 0:
            optimizer.step()
            optimizer.zero_grad()
        batch_losses.append(loss.item() * accumulation_steps)
    if (i + 1) % accumulation_steps != 0:   # leftover micro-batches (never with 1)
        optimizer.step()
        optimizer.zero_grad()
    return float(np.mean(batch_losses))
''',
}
