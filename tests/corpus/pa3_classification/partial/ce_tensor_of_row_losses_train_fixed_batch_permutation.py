"""Two slips in two parts (cross_entropy, train_epoch).

cross_entropy, torch.tensor(list_of_tensors) losing the gradient: the student computes each row's loss in a Python
loop (row max, log-sum-exp of the shifted row, minus the true logit: stable and by hand) and then builds
torch.tensor(per_example).mean(). torch.tensor copies the numbers into a NEW leaf tensor without autograd history
(PyTorch only warns), so the loss has the right value but no gradient: backward() raises "does not require grad".
Value (7), stable (4), by hand (2) kept; gradient (2) lost -> 13 (as buggy/ce_detached_result).

train_epoch, a permutation drawn once at module level and reused for every size: "to shuffle inside each batch" the
cell draws _ORDER = torch.randperm(BATCH_SIZE) once, with BATCH_SIZE = 25 (the notebook's batches), and indexes every
batch with it. For batches of exactly 25 it is a harmless reordering; for any smaller batch (the self-check's batches
of 6, any short last batch) it raises IndexError at that batch, and for larger batches it silently trains on (and
reports the loss of) the first 25 examples of each batch only. A loop that trains right only for one batch size does
not do its job: on the first batch smaller than 25 nothing more is trained, before any batch larger than 25 the data
are cut. train_epoch 0 (mode counts only with substance).

In the notebook the self-checks of both parts fail and the training cell fails at backward (the loss has no
gradient); the plot is replayed with the grader's curves. Everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    per_example = []
    for row, target in zip(logits, targets):
        top = row.max()
        per_example.append(top + torch.log(torch.exp(row - top).sum()) - row[target])
    return torch.tensor(per_example).mean()
''',
    'train_epoch_answer': r'''
BATCH_SIZE = 25
_ORDER = torch.randperm(BATCH_SIZE)   # drawn once: the order used inside every batch


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        inputs, targets = inputs[_ORDER], targets[_ORDER]
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
