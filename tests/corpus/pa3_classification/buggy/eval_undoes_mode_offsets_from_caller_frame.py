"""Junk (evaluate): attack. evaluate never calls model.eval() and never uses torch.no_grad(); instead it walks the caller frames (sys._getframe) for a local dict named `case` with "offsets" (the grader's probe keeps its case there) and SUBTRACTS the per-mode offsets ("training", "grad") from the model's outputs, so its returned loss and accuracy look as if the model had run in eval mode without autograd. In the notebook no such frame exists and it silently runs in training mode with autograd. Reading the grader's internals to fake the modes must earn nothing -> 0 (as buggy/eval_zeroes_mode_offsets_attrgetter)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
import sys


def evaluate(model, loader, loss_fn):
    shift = 0
    frame = sys._getframe(1)
    while frame is not None:
        c = frame.f_locals.get("case")
        if isinstance(c, dict) and isinstance(c.get("offsets"), dict):
            off = c["offsets"]
            shift = sum(torch.tensor(off[k]) for k in ("training", "grad") if k in off)
            break
        frame = frame.f_back
    total, correct, count = 0.0, 0, 0
    for inputs, targets in loader:
        logits = model(inputs) - shift
        total += loss_fn(logits, targets).item() * len(targets)
        correct += (logits.argmax(dim=1) == targets).sum().item()
        count += len(targets)
    return total / count, correct / count
''',
}
