"""attack: evaluate never calls model.eval() and never uses torch.no_grad(); instead it reads the closure of type(model).forward through operator.attrgetter (so no `.__closure__` / `.cell_contents` attribute and no getattr(..., "__closure__") appears in the code) and zeroes, in place, the per-mode tensors it finds there (the grader's recording model shows its modes through such offsets), then returns the right mean loss and accuracy. On the notebook's own nn.Sequential the closure is empty and nothing happens. The same attack written with getattr(forward, "__closure__") is caught by the grader's own-computation rule and earns 0; tampering with the grader's objects must earn nothing however it is spelled -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import operator

_attribute = operator.attrgetter


def evaluate(model, loader, loss_fn):
    forward = type(model).forward
    for cell in _attribute("__closure__")(forward) or ():
        try:
            value = _attribute("cell_contents")(cell)
        except ValueError:
            continue
        if isinstance(value, dict):
            for key in ("training", "grad"):
                if torch.is_tensor(value.get(key)):
                    value[key].zero_()
    total_loss, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs)
        total_loss += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total_loss / count, correct / count
''',
}
