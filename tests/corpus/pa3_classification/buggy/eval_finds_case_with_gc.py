"""Junk (evaluate): attack. evaluate never calls model.eval() and never uses torch.no_grad(); it searches the garbage collector's objects (gc.get_objects()) for the grader's case dict (keys "offsets", "x", "y", "weight") whose "x" matches the loader's data, and subtracts the "training" and "grad" offsets from the model's outputs, so the returned loss and accuracy look like eval mode under no_grad. No frame access, no closure access: reading the grader's objects by another door must still earn nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import gc


def _calibration(loader):
    first = loader.dataset[0][0].tolist()
    for obj in gc.get_objects():
        if type(obj) is dict and "offsets" in obj and "weight" in obj and obj.get("x") and obj["x"][0] == first:
            off = obj["offsets"]
            return sum(torch.tensor(off[k]) for k in ("training", "grad") if k in off)
    return 0


def evaluate(model, loader, loss_fn):
    shift = _calibration(loader)
    total, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs) - shift
        total += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total / count, correct / count
''',
}
