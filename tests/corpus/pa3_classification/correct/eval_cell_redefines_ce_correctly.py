"""The evaluate cell (right evaluate) also redefines cross_entropy, correctly, in a shorter form ("now that I know
torch.logsumexp"): -(logits.gather - logsumexp).mean(). The training cell uses the new one; both versions are right.
Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'evaluate_answer': '''
def cross_entropy(logits, targets):
    return (torch.logsumexp(logits, dim=1) - logits.gather(1, targets[:, None])[:, 0]).mean()


def evaluate(model, loader, loss_fn):
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for inputs, targets in loader:
            logits = model(inputs)
            total += loss_fn(logits, targets).item() * len(targets)
            correct += (logits.argmax(1) == targets).sum().item()
            count += len(targets)
    return total / count, correct / count
''',
}
