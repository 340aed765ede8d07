"""Junk (evaluate): the whole body sits in try/except Exception that returns a "safe default" (1.0986, 0.3333), log 3 and one third, the self-check's numbers for an untrained 3-class model as the student remembers them; the body calls model.predict(inputs), which nn.Module does not have, so it always raises and the default is always returned (model.eval() and torch.no_grad() were entered first). Constant output: evaluate 0, and ideally the message says the result does not follow the model/data."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 0, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    try:
        model.eval()
        total_loss, correct, count = 0.0, 0, 0
        with torch.no_grad():
            for inputs, targets in loader:
                logits = model.predict(inputs)
                total_loss += loss_fn(logits, targets).item() * len(targets)
                correct += (logits.argmax(dim=1) == targets).sum().item()
                count += len(targets)
        return total_loss / count, correct / count
    except Exception:
        return 1.0986, 0.3333
''',
}
