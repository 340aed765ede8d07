"""evaluate runs the model twice per batch (once for the loss, once more for `_, predicted = model(inputs).max(1)`), both under torch.no_grad() in eval mode, counts with predicted.eq(targets); train_epoch reports the exact epoch loss, running_loss += loss.item() * inputs.size(0) divided by len(loader.dataset): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    running_loss = 0.0
    for inputs, targets in loader:
        optimizer.zero_grad()
        outputs = model(inputs)
        loss = loss_fn(outputs, targets)
        loss.backward()
        optimizer.step()
        running_loss += loss.item() * inputs.size(0)
    return running_loss / len(loader.dataset)
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    running_loss, correct, total = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            running_loss += loss_fn(model(inputs), targets).item() * targets.size(0)
            _, predicted = model(inputs).max(1)
            correct += predicted.eq(targets).sum().item()
            total += targets.size(0)
    return running_loss / total, correct / total
''',
}
