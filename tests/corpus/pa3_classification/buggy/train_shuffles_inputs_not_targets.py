"""Slip (train_epoch), shuffling the inputs but not the targets: "for extra randomness" the student permutes each
batch, order = torch.randperm(len(inputs)); inputs = inputs[order], and forgets to apply the same order to the
targets. Every batch then pairs its inputs with other examples' labels (only a batch of one is untouched): each
step follows the gradient of the loss on mismatched pairs, and the reported batch losses are those of the mismatched
pairs. The model learns nothing about the data (in the notebook both curves stay near log 3 and the validation
accuracy near chance). The loop itself is right: model.train(), every batch once, zero_grad, forward, loss_fn,
backward, step with the optimizer given. Mode (4) and batches (5) kept; update (10) and loss (6) lost -> 9 (as
buggy/train_keras_softmax_before_loss, steps on the wrong gradient and a reported number that is not the batch loss).
The self-check catches the parameters."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        order = torch.randperm(len(inputs))   # extra shuffling inside the batch
        inputs = inputs[order]
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
