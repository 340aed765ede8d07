"""evaluate averages the accuracies of the batches, which weighs the short last batch too much: loses accuracy (6) -> 14."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 14, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def evaluate(model, loader, loss_fn):
    model.eval()
    losses, accuracies, sizes = [], [], []
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            losses.append(loss_fn(logits, targets).item() * len(targets))
            accuracies.append((logits.argmax(dim=1) == targets).float().mean().item())
            sizes.append(len(targets))
    return sum(losses) / sum(sizes), sum(accuracies) / len(accuracies)
''',
}
