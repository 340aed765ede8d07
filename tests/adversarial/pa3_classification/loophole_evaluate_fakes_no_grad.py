"""evaluate never turns autograd off, but replaces torch.is_grad_enabled with a function
that says it is off while it runs (the probe's recording model would ask it), then puts it
back. The recorder asks the function bound when the probes were installed: no_grad lost,
everything else right -> 16."""

EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 16,
            "plot_curves": 10, "discussion": None}

ANSWERS = {
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    real = torch.is_grad_enabled
    torch.is_grad_enabled = lambda: False
    try:
        model.eval()
        total_loss, correct, count = 0.0, 0, 0
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
        return total_loss / count, correct / count
    finally:
        torch.is_grad_enabled = real
''',
}
