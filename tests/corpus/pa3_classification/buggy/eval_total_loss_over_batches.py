"""evaluate sums loss * batch size over the batches (the total loss of the examples) but divides it by len(loader), the number of BATCHES, not by the number of examples; the accuracy is counted right, eval mode and no_grad right: loses loss (6) -> 14, and the message should say it divides the total by the number of batches."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return total_loss / len(loader), correct / count
''',
}
