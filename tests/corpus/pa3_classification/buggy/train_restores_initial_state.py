"""Junk (train_epoch): train_epoch keeps a copy of model.state_dict() (copy.deepcopy) at its start, runs the reference loop on the given optimizer, returns the right mean of the batch losses, but loads the saved state back before returning: after the call the caller's model is exactly as before, nothing was trained (in the notebook fit's curves stay flat). A loop whose net effect is no training earns nothing (as buggy/train_on_a_deep_copy, buggy/train_never_steps) -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
import copy


def train_epoch(model, loader, loss_fn, optimizer):
    saved = copy.deepcopy(model.state_dict())
    model.train()
    losses = []
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    model.load_state_dict(saved)
    return sum(losses) / len(losses)
''',
}
