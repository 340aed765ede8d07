"""Slip (evaluate), accumulating in float16: "half precision is plenty for a running sum", the student keeps the
loss total in torch.zeros((), dtype=torch.float16) and adds loss * batch size to it in place. Every addition is
rounded to float16 (11 significant bits): on the notebook's 300 validation points the mean loss is off in the third
or fourth digit (the self-check sees the gap), and once the total passes 65504 (a few tens of thousands of examples
at a loss around 2) it is inf, so the mean loss of any larger data set is inf. The accuracy (integer counts), eval
mode and torch.no_grad() are right. Loses loss (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    """Mean loss and accuracy of model on the data of loader, without training it."""
    model.eval()
    total = torch.zeros((), dtype=torch.float16)   # half precision is plenty for a running sum
    correct, count = 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total += loss_fn(logits, targets) * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return (total / count).item(), correct / count
''',
}
