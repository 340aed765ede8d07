"""Slip (train_epoch): instead of model.train() the student writes model.training = True. Only the top-level module's flag changes: after evaluate() (which calls model.eval(), switching every submodule) the layers inside an nn.Sequential stay in evaluation mode, so dropout would never drop and batch norm would not update while training. The spec: model.train() puts the model in training mode. Batches, updates and the returned mean right: loses mode (4) -> 21. (On a grader model with no submodules the flag is the whole mode, so this may go unseen.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 21, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.training = True       # training mode
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
