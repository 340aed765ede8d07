"""Slip (train_epoch), state kept between calls and keyed on nothing: the student adds learning-rate decay "because
train_epoch is called once per epoch": a module-level counter _EPOCHS_DONE counts every call ever made, and at the
start of each call every param group's lr is set to its initial lr (remembered in the group as "initial_lr") times
0.97 ** _EPOCHS_DONE. The loop is otherwise the reference (model.train(), zero_grad, forward, loss_fn, backward, step;
mean of the batch losses before their steps). The first call in a fresh kernel uses the optimizer's own lr, so the
self-check (the first call) passes; in the notebook fit's Adam runs on a decaying lr (softmax regression from
0.97^1, the MLP from 0.97^31 of its lr), which still trains. But the counter is shared by every model and optimizer:
any later call, on a NEW model with a NEW optimizer, steps with lr times 0.97^(calls so far) (after the notebook's
91 calls, about 6% of the lr asked for). Exposed by calling train_epoch on a fresh optimizer after any earlier call,
and by comparing the parameters with one plain step per batch. The step is not the optimizer's: update (10) lost
-> 15 (as buggy/train_own_optimizer)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
_EPOCHS_DONE = 0      # train_epoch is called once per epoch
DECAY = 0.97          # learning-rate decay per epoch


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    global _EPOCHS_DONE
    for group in optimizer.param_groups:
        group.setdefault("initial_lr", group["lr"])
        group["lr"] = group["initial_lr"] * DECAY ** _EPOCHS_DONE
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    _EPOCHS_DONE += 1
    return sum(losses) / len(losses)
''',
}
