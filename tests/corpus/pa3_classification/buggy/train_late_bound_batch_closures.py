"""Slip (train_epoch), a closure over a loop variable bound late: the student first collects one closure per batch,
steps.append(lambda: loss_fn(model(inputs), targets)), and then runs them, zero_grad / loss / backward / step. The
lambdas read inputs and targets when they are CALLED, after the collecting loop has ended, so every one of them sees
the LAST batch: the epoch makes as many optimizer steps as there are batches, all on the last batch, and the
returned mean is the mean of those losses. Training mode is right; but the epoch does not visit its batches (only the
last one), so the parameters are not where one step per batch takes them and the returned loss is not the mean of the
batch losses. The self-check catches the parameters. Keeps mode (4); loses batches (5), update (10), loss (6) -> 4.

Graded as the grader's rubric scores it (train_epoch 4 -> 20).
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 20, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    steps = []
    for inputs, targets in loader:
        steps.append(lambda: loss_fn(model(inputs), targets))   # the loss of this batch, computed later
    losses = []
    for compute_loss in steps:
        optimizer.zero_grad()
        loss = compute_loss()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
