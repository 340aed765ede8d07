"""A part that prints a lot: evaluate (right: eval mode, no_grad, exact mean, counted accuracy) prints one line per
EXAMPLE (index, true class, predicted class, loss of the batch); the training cell calls it 180 times on 75 or 300
points, far beyond the output limits. Printing is harmless: full marks everywhere (the probes must not be lost in the
output)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            loss = loss_fn(logits, targets).item()
            predicted = logits.argmax(dim=1)
            for i in range(len(targets)):
                print(f"example {count + i:4d}: true {int(targets[i])} predicted {int(predicted[i])} (batch loss {loss:.4f})")
            total += loss * len(targets)
            correct += (predicted == targets).sum().item()
            count += len(targets)
    return total / count, correct / count
''',
}
