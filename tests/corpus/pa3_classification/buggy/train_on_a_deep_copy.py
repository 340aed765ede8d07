"""junk: train_epoch trains a copy.deepcopy of the model with an SGD of its own (at the given optimizer's learning rate), batch by batch, and returns the mean of the batch losses; the model it is given, and the optimizer it is given, are never touched, so after the call the caller's model is exactly as before: nothing was trained (in the notebook fit() never trains either model). The forward passes of the copy look like a right epoch (training mode, every batch once, SGD steps, the right mean loss). A train_epoch that does not train the model it is given earns nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
import copy


def train_epoch(model, loader, loss_fn, optimizer):
    work = copy.deepcopy(model)          # leave the caller's model alone
    work.train()
    sgd = torch.optim.SGD(work.parameters(), lr=optimizer.param_groups[0]["lr"])
    losses = []
    for inputs, targets in loader:
        sgd.zero_grad()
        loss = loss_fn(work(inputs), targets)
        loss.backward()
        sgd.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
}
