"""evaluate returns (accuracy, mean loss), the pair the wrong way round: both values misplaced, the modes right (20 - 6 - 6 = 8)."""
EXPECTED = {"linear_classifier": 10, "mlp": 10, "cross_entropy": 15, "train_epoch": 25, "evaluate": 8, "plot_curves": 10, "discussion": None}
ANSWERS = {
    "evaluate_answer": '''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(dim=1) == targets).sum().item()
            count += len(targets)
    return correct / count, total_loss / count
''',
}
