"""Junk (evaluate), detects the self-check by the call stack: when the caller's frame is the self-check's helper `_call` (sys._getframe(1).f_code.co_name == "_call"), it runs the reference evaluation; from any other caller (fit, the grader) it switches to eval mode, runs the model once per batch under no_grad (so the modes look right) and returns made-up numbers (0.25, 0.95). On the grader's data nothing it returns is computed from the model: evaluate 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
import sys


def evaluate(model, loader, loss_fn):
    model.eval()
    if sys._getframe(1).f_code.co_name == "_call":
        total_loss, correct, count = 0.0, 0, 0
        with torch.no_grad():
            for inputs, targets in loader:
                logits = model(inputs)
                total_loss += loss_fn(logits, targets).item() * len(targets)
                correct += (logits.argmax(dim=1) == targets).sum().item()
                count += len(targets)
        return total_loss / count, correct / count
    with torch.no_grad():
        for inputs, _ in loader:
            model(inputs)
    return 0.25, 0.95
''',
}
