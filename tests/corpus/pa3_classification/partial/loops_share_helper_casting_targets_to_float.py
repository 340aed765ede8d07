"""Partial, one dtype slip shared by two parts: the train_epoch cell defines a helper _to_model(batch, model) that puts every tensor of a batch "on the model's device and in its dtype", [t.to(device=p.device, dtype=p.dtype) for t in batch] with p the model's first parameter, and both train_epoch and evaluate (next cell) unpack their batches through it. It converts the TARGETS too: class indices become float, and every loss over class indices refuses them (F.cross_entropy: "expected target dtype to be Long"; the notebook's own cross_entropy: float tensors cannot index). Both loops raise at their first loss: train_epoch never takes a step (a loop that trains nothing earns nothing: 0) and evaluate never returns a loss or an accuracy (0). Each part loses what its own code breaks; the models, the loss and the plot are the reference: full."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 0, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': r'''
def _to_model(batch, model):
    """Put every tensor of a batch on the model's device and in its dtype."""
    p = next(model.parameters())
    return [t.to(device=p.device, dtype=p.dtype) for t in batch]


def train_epoch(model, loader, loss_fn, optimizer):
    """Train model for one epoch: one optimizer step per batch of the loader."""
    model.train()
    losses = []
    for batch in loader:
        inputs, targets = _to_model(batch, model)
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)
''',
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for batch in loader:
            inputs, targets = _to_model(batch, model)
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
