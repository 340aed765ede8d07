"""cross_entropy shifts every row by the batch's largest logit, not each row's own: rows far below it underflow; loses stable (4) -> 11."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 11, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    m = logits.max()
    lse = m + torch.log(torch.exp(logits - m).sum(dim=1))
    return (lse - logits[torch.arange(len(targets)), targets]).mean()
''',
}
