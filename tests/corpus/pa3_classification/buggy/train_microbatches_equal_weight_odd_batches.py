"""Slip (train_epoch), gradient accumulation on purpose, weighted wrong: each loader batch is split with chunk(2) into two micro-batches ("saves memory"), each micro-batch's loss is divided by 2 ("average over the micro-batches", the textbook loss / accumulation_steps) and backpropagated, and the optimizer steps once per batch; the logged batch loss is the sum of the two halves. For a batch of even size the halves are equal and this is exactly the batch's mean loss and its gradient; for an ODD size (the notebook's own batches of 25 split 13 + 12) the two means get equal weights instead of 13/25 and 12/25, and a batch of ONE gives a single chunk whose loss and gradient are halved. The notebook's self-check (batches 6, 6, 6, 2) cannot see it. One slip with two consequences (as buggy/train_l2_penalty_in_loss): the steps are not the plain steps on the batch's loss_fn (update 10 lost) and the returned mean is not the mean of the batch losses (loss 6 lost). Mode and batches right -> 9 (for loaders with odd batch sizes; correct/train_two_microbatch_accumulation weights by size and is right)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        batch_loss = 0.0
        # two micro-batches per batch, gradients accumulated (saves memory on big batches)
        for x, y in zip(inputs.chunk(2), targets.chunk(2)):
            loss = loss_fn(model(x), y) / 2          # average over the two micro-batches
            loss.backward()
            batch_loss += loss.item()
        optimizer.step()
        losses.append(batch_loss)
    return sum(losses) / len(losses)
''',
}
