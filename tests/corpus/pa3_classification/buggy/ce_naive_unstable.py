"""cross_entropy takes exp of the raw logits (no max shift): right for ordinary logits, NaN for logits near 1000, loses stable (4) -> 11."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 11, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    probs = torch.exp(logits) / torch.exp(logits).sum(dim=1, keepdim=True)
    return -torch.log(probs[torch.arange(len(targets)), targets]).mean()
''',
}
