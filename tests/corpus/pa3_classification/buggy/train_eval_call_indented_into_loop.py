"""Slip (train_epoch): the student calls model.train() before the loop and, "to be ready for evaluation", model.eval() at the end, but indents that line into the loop body: from the second batch on every forward pass runs in evaluation mode. Batches, updates (plain optimizer steps on the losses computed) and the returned mean are right: loses mode (4) -> 21 (as buggy/train_no_train_mode)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 21, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        model.eval()  # ready for evaluation
    return sum(losses) / len(losses)
''',
}
