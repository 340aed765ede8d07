"""Slip (train_epoch), a Lightning/transformers recipe copied in: a linear learning-rate WARMUP,
torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / 10)), created inside train_epoch
and stepped after every batch. No scheduler is asked for; since a new one is built at every call, EVERY epoch
restarts the warmup: its batches run at 0.1, 0.2, 0.3, ... times the optimizer's learning rate (the notebook's 3
batches per epoch never get past 0.3 x lr), and the caller's optimizer is left with a changed lr. The loop is
otherwise right: model.train(), zero_grad, forward, loss_fn, backward, step on every batch, and the returned mean of
the pre-step batch losses. The steps are not the optimizer's steps at its learning rate: loses update (10) -> 15
(as buggy/train_clip_grad_norm)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
WARMUP_STEPS = 10


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    # linear warmup of the learning rate (stabilises the first updates)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: min(1.0, (step + 1) / WARMUP_STEPS))
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        scheduler.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
