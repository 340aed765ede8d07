"""Slip (train_epoch), cost: the progress line prints "batch i/N" with N = len(list(loader)), computed INSIDE the
loop. list(loader) loads and collates the whole data set again at every batch (and, for a shuffled loader, draws a
new permutation from its generator each time): an epoch of B batches loads the data B + 1 times instead of once.
The training itself is the reference (train mode, every batch once, zero_grad, forward, loss_fn, backward, step)
and the returned mean is right, so on the notebook's 3 batches nothing shows. Measured on a linear model: 6400
examples in batches of 64 (100 batches) take 6.7 s instead of 0.06 s, 12 800 examples (200 batches) 16 s; an
ordinary data set (60 000 examples, 938 batches) loads about 880 000 batches instead of 938, several minutes per
epoch instead of a fraction of a second. The notebook says one
epoch visits every training example once; this one visits every example B + 1 times. Mode (4), update (10) and loss
(6) kept; batches (5) lost to the cost -> 20. (A grader whose loaders have 8 batches cannot see it.)

Graded as the grader's rubric scores it (train_epoch 20 -> 25): its results are right and it finishes within the cell's time limit: the cost of a right answer is not graded.
"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for step, (inputs, targets) in enumerate(loader, start=1):
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        print(f"batch {step}/{len(list(loader))}: loss {losses[-1]:.4f}")
    return sum(losses) / len(losses)
''',
}
