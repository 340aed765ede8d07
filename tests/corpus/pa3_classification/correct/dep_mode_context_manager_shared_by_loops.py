"""Correct, a helper from the training cell reused by the evaluation: the train_epoch cell defines a context manager
model_mode(model, training) (contextlib.contextmanager) that remembers model.training, calls model.train(training)
for the block and puts the previous mode back afterwards. train_epoch runs its loop inside `with model_mode(model,
True):` (zero_grad, forward, loss_fn, backward, step; the batch losses summed with math.fsum and divided by their
number); evaluate (next cell) runs inside `with model_mode(model, False), torch.no_grad():`, weighs each batch's loss
by its size and counts hits. Both loops run every forward pass in the asked mode; restoring the caller's mode
afterwards is harmless. Every part full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import contextlib
import math


@contextlib.contextmanager
def model_mode(model, training):
    """model.train(training) for the block, then the mode it had before."""
    was_training = model.training
    model.train(training)
    try:
        yield model
    finally:
        model.train(was_training)


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    losses = []
    with model_mode(model, True):
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
    return math.fsum(losses) / len(losses)
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    total, hits, count = 0.0, 0, 0
    with model_mode(model, False), torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total += loss_fn(logits, targets).item() * len(targets)
            hits += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total / count, hits / count
''',
}
