"""cross_entropy sums over the batch instead of averaging: loses value (7) only -> 8."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=1)
    return (lse - logits[torch.arange(len(targets)), targets]).sum()
''',
}
