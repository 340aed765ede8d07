"""Two slips in two parts (train_epoch, evaluate).

train_epoch, accumulating in bfloat16: "bfloat16 has the range of float32 in half the memory", the running total of
the batch losses is torch.zeros((), dtype=torch.bfloat16) and each loss.detach() is added in place. bfloat16 keeps 8
significant bits: on the notebook's 3 batches the reported mean is off in the third digit, and once the total passes
256 every addition of a loss below 1 rounds to nothing, so on a loader of a few hundred batches the returned mean is
far too small (a thousand batches of loss 0.3 report about 0.13). The training itself is the reference (mode,
every batch, zero_grad, forward, loss_fn, backward, step). Loses loss (6) -> 19.

evaluate, a threshold on the probabilities cut to integers: the student predicts "the class whose probability is
above one half", pred = (torch.softmax(logits, 1) > 0.5).int().argmax(dim=1) (.int() because argmax does not take
booleans). With 3 or more classes the top probability is often below 0.5; then the row is all zeros and argmax
returns class 0, so every uncertain example is predicted as class 0 and the accuracy is wrong (right only when every
prediction is confident). Loss (exact mean), eval mode and torch.no_grad() right. Loses accuracy (6) -> 14.

Both self-checks catch their part."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 19, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    total = torch.zeros((), dtype=torch.bfloat16)   # the range of float32 in half the memory
    batches = 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.detach()
        batches += 1
    return (total / batches).item()
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            predicted = (torch.softmax(logits, dim=1) > 0.5).int().argmax(dim=1)   # the class above one half
            correct += (predicted == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
