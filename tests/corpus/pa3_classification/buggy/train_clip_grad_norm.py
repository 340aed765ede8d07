"""Slip (train_epoch): the student copies torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.1) between backward and step from a tutorial: the steps are no longer p - lr * grad whenever a batch's gradient norm exceeds 0.1 (most batches of a fresh model). Mode, batches and the returned mean loss right: loses update (10) -> 15."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 15, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.1)  # keep the steps small
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
