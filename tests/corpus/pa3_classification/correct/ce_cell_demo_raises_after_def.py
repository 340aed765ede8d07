"""The cross-entropy cell defines a correct, stable cross_entropy and then, at cell level, tries it on a hand-made
example whose target 3 is out of range for 3 classes: the demo line raises IndexError AFTER the def ran, so the
function is defined and right (its self-check passes). Full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=1)
    right = logits.gather(1, targets.view(-1, 1)).squeeze(1)
    return (lse - right).mean()

# try it on a tiny example
print(cross_entropy(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]), torch.tensor([2, 3])))
''',
}
