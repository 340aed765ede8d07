"""Junk (train_epoch), seems to use loss_fn without training with it: every batch's loss, the one backpropagated and averaged, is the student's own cross-entropy (-log_softmax picked at the targets), and loss_fn is called only once, on the first row of the first batch, 'to check it works'. With the plain cross-entropy as loss_fn the steps and the mean agree; with any other loss the caller passes, the model is trained on the wrong loss (as buggy/train_calls_global_cross_entropy: update 10 and loss 6 lost). Mode and batches right -> 9. (A grader whose training loss_fn is exactly the cross-entropy only sees that loss_fn was called.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses, checked = [], False
    for inputs, targets in loader:
        optimizer.zero_grad()
        logits = model(inputs)
        if not checked:                      # make sure the given loss works on our logits
            loss_fn(logits[:1], targets[:1])
            checked = True
        loss = -F.log_softmax(logits, dim=1)[torch.arange(len(targets)), targets].mean()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
