"""Junk (train_epoch), every form, no training: the loop is the reference (model.train(), zero_grad, forward, loss, backward, optimizer.step(), mean of the batch losses) but the optimizer's learning rates are set to 0 before the loop and restored after it, so every step() is called and moves nothing: the model is exactly as before. The returned mean is the true mean loss of the (untrained) model. A train_epoch that does not train earns nothing: update lost, and mode, batches and loss count only once it trains -> 0 (as buggy/train_restores_initial_state)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    saved = [group["lr"] for group in optimizer.param_groups]
    for group in optimizer.param_groups:
        group["lr"] = 0.0
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    for group, lr in zip(optimizer.param_groups, saved):
        group["lr"] = lr
    return sum(losses) / len(losses)
''',
}
