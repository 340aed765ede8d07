"""train_epoch and evaluate print progress (harmless), evaluate counts with torch.eq and returns a list, the plot draws markers only with plt.scatter plus a grid: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'train_epoch_answer': '''
def train_epoch(model, loader, loss_fn, optimizer):
    model.train()
    losses = []
    for step, (inputs, targets) in enumerate(loader):
        optimizer.zero_grad()
        output = model(inputs)
        loss = loss_fn(output, targets)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
        print(f"batch {step}: loss {loss.item():.4f}")
    return sum(losses) / len(losses)
''',
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total, good, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total += loss_fn(logits, targets).item() * len(inputs)
            good += torch.eq(logits.argmax(1), targets).sum().item()
            count += len(inputs)
    print("evaluated", count, "examples")
    return [total / count, good / count]
''',
    'plot_curves_answer': '''
epochs = list(range(1, len(train_losses) + 1))
plt.scatter(epochs, train_losses, s=10, label="train")
plt.scatter(epochs, val_losses, s=10, label="validation")
plt.grid(True)
plt.xlabel("Epoch number")
plt.ylabel("Loss")
plt.title("Loss per epoch")
plt.legend()
plt.show()
''',
}
