"""evaluate takes torch.max(logits, 1)[0], the largest LOGIT of each row, instead of its index ([1], or argmax), and compares it with the targets: a float logit never equals a class index, so the accuracy is 0. Loss, no_grad and eval mode right: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': r'''
def evaluate(model, loader, loss_fn):
    model.eval()
    total_loss, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total_loss += loss_fn(logits, targets).item() * len(targets)
            predicted = torch.max(logits, 1)[0]
            correct += (predicted == targets).sum().item()
            count += len(targets)
    return total_loss / count, correct / count
''',
}
