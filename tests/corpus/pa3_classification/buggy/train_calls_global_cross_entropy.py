"""Slip (train_epoch), uses a notebook global instead of its argument: each batch's loss is computed with the student's own cross_entropy (the Part 3 function, a correct one) instead of the loss_fn it is given. The notebook says the grader calls train_epoch with ITS OWN loss, and the hint says "Use the model, loss function and optimizer you are given". With any other loss_fn (weighted, label-smoothed, a regression loss...) the steps are gradient steps on the wrong loss and the returned mean is of the wrong loss: loses update (10) and loss (6) -> 9 (mode and batches right; compare buggy/train_own_optimizer, which ignores the given optimizer and loses update). A grader whose loss is plain cross-entropy cannot tell these apart by the numbers; it can see that loss_fn was never called."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 9, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = cross_entropy(model(inputs), targets)  # my stable loss from Part 3
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
