"""Correct (train_epoch), defensive and general. Helpers with type hints: _unpack takes a batch as a (inputs,
targets) pair or list and refuses anything else with a clear TypeError; the loop is model.train(), zero_grad,
forward, loss_fn, backward, step on every batch, checking that loss_fn gave a one-element tensor (a ValueError
otherwise: backward of a vector would fail obscurely) and warning (warnings.warn, not raising) if a batch loss is not
finite. The returned number is the exact epoch mean, each batch's loss (taken before its step, detached) weighted by
its own size len(targets), so a short last batch counts for its examples only (the notebook accepts this or the
plain mean of the batch losses). An empty loader returns nan with a warning instead of dividing by zero. It prints
one progress line per epoch. Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import math
import warnings
from typing import Sequence, Tuple


def _unpack(batch: Sequence) -> Tuple[torch.Tensor, torch.Tensor]:
    """(inputs, targets) of one loader batch."""
    if not isinstance(batch, (tuple, list)) or len(batch) != 2:
        raise TypeError(f"the loader should give (inputs, targets) pairs, got {type(batch).__name__}")
    return batch[0], batch[1]


def _scalar_loss(loss: torch.Tensor) -> torch.Tensor:
    if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
        raise ValueError(f"loss_fn should return a one-element tensor, got {getattr(loss, 'shape', type(loss).__name__)}")
    return loss.reshape(())


_epochs_trained = 0  # only for the progress line


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    global _epochs_trained
    model.train()
    weighted_sum, examples, batches = 0.0, 0, 0
    for batch in loader:
        inputs, targets = _unpack(batch)
        optimizer.zero_grad()
        loss = _scalar_loss(loss_fn(model(inputs), targets))
        loss.backward()
        optimizer.step()
        value = loss.detach().item()
        if not math.isfinite(value):
            warnings.warn(f"batch {batches} has a non-finite loss ({value}); training goes on")
        size = len(targets)
        weighted_sum += value * size
        examples += size
        batches += 1
    _epochs_trained += 1
    if examples == 0:
        warnings.warn("train_epoch got an empty loader: nothing was trained")
        return float("nan")
    mean = weighted_sum / examples
    if _epochs_trained % 10 == 0:
        print(f"epoch {_epochs_trained}: {batches} batches, {examples} examples, mean loss {mean:.4f}")
    return mean
''',
}
