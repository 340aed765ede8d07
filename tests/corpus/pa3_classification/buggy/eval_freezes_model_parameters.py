"""Slip (evaluate), silently mutates its argument: instead of `with torch.no_grad():` the student calls model.requires_grad_(False) ("no gradients during evaluation") and never switches it back. No graph is built during the evaluation, but autograd is still recording globally and the CALLER's model is left frozen: in the notebook the next train_epoch in fit fails ("element 0 of tensors does not require grad"). The spec asks for torch.no_grad(), a scoped switch that leaves the model as it was; as buggy/eval_leaks_global_grad_off (which also leaks state to the caller) loses no_grad (4) -> 16. Loss, accuracy and eval mode right. The message should say autograd was on / the parameters were left frozen."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 16, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    model.requires_grad_(False)  # no gradients during evaluation
    total_loss, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total_loss / count, correct / count
''',
}
