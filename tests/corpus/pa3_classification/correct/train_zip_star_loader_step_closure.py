"""Correct, functional style: train_epoch draws the epoch's batches once (list(loader): one shuffled order), splits
them with zip(*batches) into the inputs and the targets, and maps a step closure over the two sequences,
statistics.fmean(map(step, inputs, targets)); the closure, made by _make_step(model, loss_fn, optimizer), does
zero_grad(set_to_none=True), forward, loss_fn, backward, step and returns loss.item() (before the step). The model is
put in training mode first. One step per batch in the loader's order, mean of the batch losses: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import statistics


def _make_step(model, loss_fn, optimizer):
    """One optimizer step on one batch; returns that batch's loss before the step."""
    def step(inputs, targets):
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        return loss.item()
    return step


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    batches = list(loader)  # one pass: a shuffling loader gives this epoch's order once
    inputs, targets = zip(*batches)
    return statistics.fmean(map(_make_step(model, loss_fn, optimizer), inputs, targets))
''',
}
