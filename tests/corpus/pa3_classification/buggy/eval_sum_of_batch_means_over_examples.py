"""evaluate adds up the batch MEAN losses and divides the total by len(loader.dataset), as if loss_fn returned sums: the loss is about batch_size times too small; accuracy, no_grad and eval mode right: loses loss (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    running_loss, correct = 0.0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            running_loss += loss_fn(logits, targets).item()
            correct += (logits.argmax(dim=1) == targets).sum().item()
    n = len(loader.dataset)
    return running_loss / n, correct / n
''',
}
