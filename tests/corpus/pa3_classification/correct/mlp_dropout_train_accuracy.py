"""The MLP adds nn.Dropout(p=0.2) after the ReLU (no parameters; the discussion itself names dropout as a remedy); train_epoch moves each batch to the model's device, zeroes with set_to_none=True, and also measures the training accuracy with an extra forward pass under torch.no_grad() after each step, printed at the end (the returned value is the mean of the batch losses, each before its step): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'mlp_answer': r'''
def make_mlp(in_features, hidden_units, num_classes):
    return nn.Sequential(
        nn.Linear(in_features, hidden_units),
        nn.ReLU(),
        nn.Dropout(p=0.2),
        nn.Linear(hidden_units, num_classes),
    )
''',
    'train_epoch_answer': r'''
def train_epoch(model, loader, loss_fn, optimizer):
    device = next(model.parameters()).device
    model.train()
    batch_losses, correct, seen = [], 0, 0
    for inputs, targets in loader:
        inputs, targets = inputs.to(device), targets.to(device)
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        batch_losses.append(loss.detach().cpu().item())
        with torch.no_grad():  # accuracy of the updated model on this batch, for the progress line
            correct += (model(inputs).argmax(dim=1) == targets).sum().item()
        seen += len(targets)
    print(f"train loss {sum(batch_losses) / len(batch_losses):.4f}, train accuracy {correct / seen:.3f}")
    return float(np.mean(batch_losses))
''',
}
