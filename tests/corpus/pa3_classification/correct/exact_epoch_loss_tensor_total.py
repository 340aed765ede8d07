"""train_epoch reports the exact epoch loss (batch losses weighted by batch size) accumulated as a detached tensor, evaluate returns the mean of the batch losses (with a short last batch, as defensible as the exact mean) and tensors, nn.GELU hidden layer: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': '''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(nn.Linear(in_features, hidden_units), nn.GELU(), nn.Linear(hidden_units, num_classes))
''',
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total = torch.tensor(0.0)
    count = 0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        total += loss.detach() * len(targets)
        count += len(targets)
    return (total / count).item()
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    batch_losses, correct, n = [], 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            batch_losses.append(loss_fn(logits, targets))
            correct += torch.sum(torch.argmax(logits, dim=1) == targets)
            n += targets.numel()
    return torch.stack(batch_losses).mean(), correct / n
''',
}
