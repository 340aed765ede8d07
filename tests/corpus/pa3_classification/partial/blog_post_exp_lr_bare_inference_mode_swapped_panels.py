"""A weak student following a blog post, three slips in three parts: train_epoch builds an
ExponentialLR(optimizer, gamma=0.9) inside the function and steps it after every batch ("decay the learning rate"):
no scheduler is asked, and the steps are no longer the optimizer's at its learning rate (the caller's optimizer is
left with a decayed lr, decaying further at every call); mode, batches and the returned mean right: loses update
(10) -> 15. evaluate writes torch.inference_mode() as a bare statement (the context manager is made and thrown away),
so every forward pass records the graph; model.eval(), the exact mean loss and the accuracy right: loses no_grad
(4) -> 16 (as buggy/eval_no_grad_without_with). The plot draws the losses on the left panel (both curves, legend)
and the validation accuracy on the right one, but sets the y labels and titles of the two panels the wrong way
round: the loss panel says "accuracy" / "validation accuracy". x labelled "epoch": loses the y label (1) and the
title (1, it names the other panel's content) -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 16, 'plot_curves': 8, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    scheduler = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
    model.train()
    total, batches = 0.0, 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        scheduler.step()
        total += loss.item()
        batches += 1
    return total / batches
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    torch.inference_mode()
    total, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        total += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total / count, correct / count
''',
    'plot_curves_answer': r'''
epochs = np.arange(1, len(train_losses) + 1)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
ax1.plot(epochs, train_losses, label="train")
ax1.plot(epochs, val_losses, label="validation")
ax1.legend()
ax2.plot(epochs, mlp_history["val_acc"], color="green")
for a in (ax1, ax2):
    a.set(xlabel="epoch")
ax1.set(ylabel="accuracy", title="validation accuracy")
ax2.set(ylabel="loss", title="losses")
plt.show()
''',
}
