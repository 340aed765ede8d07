"""Correct (train_epoch), MATLAB habit done right: the student takes this epoch's batches once (batches =
list(loader): one pass, in the loader's order), preallocates losses = np.zeros(nb) (float64, like zeros(nb, 1)),
and loops k = 1..nb, reading batches[k - 1] and storing losses[k - 1] = loss.item(). Each 1-based index is shifted
back exactly once: every batch is visited once, with zero_grad, forward, loss_fn, backward, step, after
model.train(). Returns float(losses.mean()), the mean of the batch losses before their steps: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    batches = list(loader)        # this epoch's batches
    nb = len(batches)
    losses = np.zeros(nb)         # zeros(nb, 1)
    for k in range(1, nb + 1):    # for k = 1:nb
        inputs, targets = batches[k - 1]
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses[k - 1] = loss.item()
    return float(losses.mean())
''',
}
