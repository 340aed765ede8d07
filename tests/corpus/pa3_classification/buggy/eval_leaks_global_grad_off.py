"""Slip (evaluate): instead of a `with torch.no_grad():` block, evaluate calls torch.set_grad_enabled(False) at its start and never switches autograd back on: the evaluation itself records no graph, but every caller is left with autograd OFF (in the notebook the next train_epoch in fit fails: "element 0 of tensors does not require grad"). The spec asks evaluate to run its forward passes inside torch.no_grad(), a scoped switch; leaking the global state is exactly what the no_grad criterion is about. Loss, accuracy and eval mode right: loses no_grad (4) -> 16. (Judgement call: the recorded forward passes did run without autograd.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    torch.set_grad_enabled(False)  # no autograd while evaluating
    total_loss, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total_loss / count, correct / count
''',
}
