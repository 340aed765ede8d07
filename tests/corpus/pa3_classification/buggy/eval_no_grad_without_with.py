"""Slip (evaluate, beginner): the student writes torch.no_grad() as a bare statement on its own line (creating the context manager and throwing it away) instead of `with torch.no_grad():`, so autograd keeps recording every forward pass. model.eval(), the exact mean loss and the accuracy right: loses no_grad (4) -> 16 (as buggy/eval_no_no_grad)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    torch.no_grad()
    total_loss, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total_loss / count, correct / count
''',
}
