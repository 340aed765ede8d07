"""Slip (train_epoch), Keras/scikit-learn habit: Keras losses and sklearn metrics take (y_true, y_pred), so the
student calls loss_fn(targets, model(inputs)). The spec's loss_fn is (logits, targets): with the arguments swapped
every call fails (F.cross_entropy cannot take class indices as its input; the notebook's own cross_entropy cannot
either), on the first batch, before any backward or step. train_epoch never trains a batch nor returns a loss:
it breaks everything -> 0. (F.cross_entropy on long "logits" raises NotImplementedError from its kernel, so
the notebook's self-check wrongly says "train_epoch is not written yet"; a grader's message should name the
swapped arguments.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(targets, model(inputs))   # (y_true, y_pred)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
