"""Correct (train_epoch), Keras habit: the batch losses are collected by a callback, as keras.callbacks.History
does. A typed @dataclass History keeps a list of floats, its on_batch_end(loss) is the only callback, and its
epoch_loss property is their mean. The loop itself is the standard one: model.train(), then for each batch
zero_grad, forward, loss_fn, backward, step, and the callback gets loss.item() (the loss computed before that
batch's step). One step per batch, the optimizer and loss_fn it was given, the mean of the batch losses: full
marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
from dataclasses import dataclass, field
from typing import Callable, List


@dataclass
class History:
    """Like keras.callbacks.History: remembers the loss of every batch."""
    batch_losses: List[float] = field(default_factory=list)

    def on_batch_end(self, loss: float) -> None:
        self.batch_losses.append(loss)

    @property
    def epoch_loss(self) -> float:
        return sum(self.batch_losses) / len(self.batch_losses)


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    history = History()
    callbacks: List[Callable[[float], None]] = [history.on_batch_end]
    model.train()
    for step, (x, y) in enumerate(loader, start=1):
        optimizer.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimizer.step()
        for callback in callbacks:
            callback(loss.item())
    return history.epoch_loss
''',
}
