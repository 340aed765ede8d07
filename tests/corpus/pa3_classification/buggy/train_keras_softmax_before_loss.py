"""Slip (train_epoch), Keras habit (SparseCategoricalCrossentropy expects probabilities unless from_logits=True):
the student turns the logits into probabilities with torch.softmax before calling loss_fn. loss_fn takes logits,
so it applies its own softmax again: the loop trains on the cross-entropy of softmax(softmax(z)), a different,
much flatter loss, and reports that loss. Mode and batches right (model.train(), zero_grad, forward, backward,
step once per batch), but every step follows the wrong gradient and the reported number is not the batch loss:
loses update (10) and loss (6) -> 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        probs = torch.softmax(model(inputs), dim=1)   # the loss wants probabilities
        loss = loss_fn(probs, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
