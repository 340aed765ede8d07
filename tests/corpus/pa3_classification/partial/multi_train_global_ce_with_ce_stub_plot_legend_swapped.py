"""Two slips that meet, plus one apart. Part 3 (cross_entropy) is left as the template stub. train_epoch has its
own slip: it computes each batch's loss with the notebook's cross_entropy (the Part 3 function, by its global name)
instead of the loss_fn it is given (as buggy/train_calls_global_cross_entropy: mode and batches right, update 10 and
loss 6 lost -> 9); here that call raises NotImplementedError from the stub. The plot draws both curves, labelled
axes and a title, but the legend names each curve as the other (loses legend 1 -> 9). Predicted: cross_entropy 0;
train_epoch 9: it loses what its own slip breaks (it never uses loss_fn), and nothing more for the stub it calls
(the kit: a mistake in one part costs no points in another); its message should say it does not use loss_fn.
Models 10, evaluate 20, plot 9."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 9, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably.

    Args:
        logits: float tensor of shape (n, K).
        targets: int64 tensor of shape (n,), each in 0..K-1.

    Returns:
        A scalar tensor: the mean over the n examples of logsumexp(logits[i]) - logits[i, targets[i]].
    """
    # YOUR CODE HERE
    raise NotImplementedError()
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = cross_entropy(model(inputs), targets)  # the loss from Part 3
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
    'plot_curves_answer': r'''
# Plot the MLP's training and validation losses per epoch.
epochs = range(1, len(train_losses) + 1)
plt.figure(figsize=(7, 4))
plt.plot(epochs, train_losses, label="validation loss")
plt.plot(epochs, val_losses, label="training loss")
plt.xlabel("epoch")
plt.ylabel("loss")
plt.title("MLP: loss per epoch")
plt.legend()
plt.show()
''',
}
