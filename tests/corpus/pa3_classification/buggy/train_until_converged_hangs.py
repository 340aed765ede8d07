"""A part that runs (practically) forever: train_epoch keeps making passes over the loader "until the epoch's mean loss
is practically zero" (below 1e-6), a while loop with no cap. With a fixed learning rate on classes that overlap the
loss never gets there, so the call does not return (the cell is interrupted). (Stopping once the mean "stops changing"
returned on some draws of the grader's data, after hundreds of passes: then it is judged as the many epochs it ran.) train_epoch: it is not one epoch and never returns -> 0 (the first pass's
steps are right, so mode and update could be argued; the message should say it ran out of time). Every other part must
be graded as if nothing happened: the training cell hangs too, the plot is replayed with the grader's curves; evaluate,
the plot and everything else full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

#: Runs until its cell times out: left out of the benchmark's samples.
NEVER_ENDS = True

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    while True:
        losses = []
        for inputs, targets in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), targets)
            loss.backward()
            optimizer.step()
            losses.append(loss.item())
        mean = sum(losses) / len(losses)
        if mean < 1e-6:
            return mean
''',
}
