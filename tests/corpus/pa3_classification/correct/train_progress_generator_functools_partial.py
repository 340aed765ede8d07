"""Correct (train_epoch), tqdm without tqdm: a plain generator `progress(iterable, every)` that yields the batches and
prints "batch i/N" every few batches and once at the end, and a `functools.partial` binding model, loss_fn and
optimizer to a `_step(model, loss_fn, optimizer, inputs, targets)` helper that does zero_grad(set_to_none=True),
forward, loss, backward, step and returns loss.item(). A running exponential average is shown in the progress line
only; the function returns the plain mean of the batch losses (each taken before its step). Mode set with
model.train(). Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import functools


def progress(iterable, every=10, desc="train"):
    """A tiny tqdm: yields the items and prints how far it got."""
    total = len(iterable) if hasattr(iterable, "__len__") else None
    i = 0
    for i, item in enumerate(iterable, start=1):
        if i % every == 0:
            print(f"{desc}: batch {i}/{total}")
        yield item
    print(f"{desc}: done, {i} batches")


def _step(model, loss_fn, optimizer, inputs, targets):
    optimizer.zero_grad(set_to_none=True)
    loss = loss_fn(model(inputs), targets)
    loss.backward()
    optimizer.step()
    return loss.item()


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    step = functools.partial(_step, model, loss_fn, optimizer)
    losses, smooth = [], None
    for inputs, targets in progress(loader, every=50):
        value = step(inputs, targets)
        losses.append(value)
        smooth = value if smooth is None else 0.9 * smooth + 0.1 * value  # for display only
    if smooth is not None:
        print(f"train: smoothed loss {smooth:.4f}")
    return sum(losses) / len(losses)
''',
}
