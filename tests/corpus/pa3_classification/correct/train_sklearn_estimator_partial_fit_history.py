"""Correct (train_epoch), scikit-learn/Keras habits: the cell defines a small EpochTrainer class holding the model,
the loss function and the optimizer it is given, with a partial_fit(loader) method that does one epoch (model.train(),
then per batch zero_grad, forward, loss_fn, backward, step) and returns a Keras-like history dict
{"loss": mean of the batch losses, "batch_losses": [...]}. train_epoch(model, loader, loss_fn, optimizer) builds the
trainer from its own ARGUMENTS (no new model, loss or optimizer: the trainer only holds references) and returns
history["loss"], a Python float. The spec's contract (one step per batch, the mean of the batch losses before each
step, a float) is met: mode, batches, update and loss all hold -> full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
class EpochTrainer:
    """sklearn-style wrapper: EpochTrainer(model, loss_fn, optimizer).partial_fit(loader) -> history dict."""

    def __init__(self, model, loss_fn, optimizer):
        self.model = model
        self.loss_fn = loss_fn
        self.optimizer = optimizer

    def partial_fit(self, loader):
        self.model.train()
        batch_losses = []
        for inputs, targets in loader:
            self.optimizer.zero_grad()
            loss = self.loss_fn(self.model(inputs), targets)
            loss.backward()
            self.optimizer.step()
            batch_losses.append(loss.item())
        return {"loss": sum(batch_losses) / len(batch_losses), "batch_losses": batch_losses}


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    history = EpochTrainer(model, loss_fn, optimizer).partial_fit(loader)
    return history["loss"]
''',
}
