"""evaluate weighs each batch's mean loss by loader.batch_size instead of the batch's own size, then divides by len(loader.dataset): with a short last batch the loss is neither the exact mean nor the mean of the batch means (the last batch counts as if it were full). Accuracy counted right, no_grad and eval mode right: loses loss (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * loader.batch_size
            correct += (logits.argmax(dim=1) == targets).sum().item()
    n = len(loader.dataset)
    return total_loss / n, correct / n
''',
}
