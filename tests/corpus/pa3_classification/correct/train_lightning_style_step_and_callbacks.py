"""Correct (train_epoch), Lightning-style: a `training_step(model, batch, loss_fn)` that returns the batch loss, and a
small `EpochRunner` class holding the model, loss and optimizer with a list of callbacks called after each batch (a
logging callback appends {"batch": i, "loss": loss.item(), "size": n} to a list of dicts). The runner calls
model.train(True), and for each batch optimizer.zero_grad(set_to_none=True), training_step inside
torch.set_grad_enabled(True), backward, step. train_epoch builds the runner from its own arguments (nothing global)
and returns np.array([r["loss"] for r in records]).mean() as a float: the plain mean of the pre-step batch losses.
Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def training_step(model, batch, loss_fn):
    inputs, targets = batch
    logits = model(inputs)
    return loss_fn(logits, targets)


class EpochRunner:
    """One pass over a loader, Lightning style: hooks are called after every optimizer step."""

    def __init__(self, model, loss_fn, optimizer, callbacks=()):
        self.model, self.loss_fn, self.optimizer = model, loss_fn, optimizer
        self.callbacks = list(callbacks)

    def run(self, loader):
        self.model.train(True)
        for batch_idx, batch in enumerate(loader):
            self.optimizer.zero_grad(set_to_none=True)
            with torch.set_grad_enabled(True):
                loss = training_step(self.model, batch, self.loss_fn)
            loss.backward()
            self.optimizer.step()
            for callback in self.callbacks:
                callback(batch_idx, batch, loss.detach())


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    records = []

    def log_batch(batch_idx, batch, loss):
        records.append({"batch": batch_idx, "loss": loss.item(), "size": len(batch[1])})

    EpochRunner(model, loss_fn, optimizer, callbacks=[log_batch]).run(loader)
    losses = np.array([r["loss"] for r in records], dtype=np.float64)
    return float(losses.mean())
''',
}
