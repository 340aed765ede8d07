"""Correct (train_epoch), static loss scaling copied from mixed-precision training notes: each batch's loss is
multiplied by 2**12 before backward() (so that small gradients do not underflow in half precision), and every
gradient of the optimizer's parameters is divided by 2**12 again, in place under torch.no_grad(), before
optimizer.step(). Scaling by a power of two is exact in binary floating point (no rounding, far from overflow for
any gradient of these losses), so the step is exactly the step on the unscaled gradient; the returned value is the
mean of the unscaled batch losses (loss.item(), before each step). model.train(), zero_grad, one step per batch
with the optimizer given: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
LOSS_SCALE = 2.0 ** 12  # a power of two: scaling and unscaling are exact


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total, batches = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        (loss * LOSS_SCALE).backward()
        with torch.no_grad():
            for group in optimizer.param_groups:
                for p in group["params"]:
                    if p.grad is not None:
                        p.grad.div_(LOSS_SCALE)
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
}
