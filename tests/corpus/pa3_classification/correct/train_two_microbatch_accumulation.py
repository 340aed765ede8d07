"""train_epoch splits each batch into two micro-batches, backpropagates each micro-batch loss weighted by its share of the batch (gradient accumulation done right), and steps once per batch; the recorded loss is the weighted sum, i.e. the batch's mean loss before the update. Same gradient and the same step as one full-batch pass (for a mean loss, as loss_fn is here): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    batch_losses = []
    for inputs, targets in loader:
        n = inputs.shape[0]
        optimizer.zero_grad()
        batch_loss = 0.0
        half = (n + 1) // 2
        for xs, ys in zip(torch.split(inputs, half), torch.split(targets, half)):
            part = loss_fn(model(xs), ys) * (xs.shape[0] / n)   # share of this micro-batch
            part.backward()                                    # gradients add up over the micro-batches
            batch_loss += part.item()
        optimizer.step()
        batch_losses.append(batch_loss)
    return sum(batch_losses) / len(batch_losses)
''',
}
