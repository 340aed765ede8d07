"""Slip (evaluate), numel() for len(): to weight each batch's mean loss by the batch's size the student multiplies by
inputs.numel() ("the number of elements in the batch"), which is n_b * d, while the examples are counted with
targets.numel() = n_b. The loss returned is therefore d times the mean loss (2 times on the spirals, 3 times on data
with 3 features); the accuracy (hits over targets.numel()), model.eval() and torch.no_grad() are right: loss lost (6)
-> 14. (The notebook's self-check has 2 features and flags it: "off by" the mean loss.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * inputs.numel()
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += targets.numel()
    return total_loss / count, correct / count
''',
}
