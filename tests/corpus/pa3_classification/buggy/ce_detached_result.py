"""cross_entropy returns torch.tensor(loss.item()), cut off from autograd: loses gradient (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    lse = torch.logsumexp(logits, dim=1)
    loss = (lse - logits[torch.arange(len(targets)), targets]).mean()
    return torch.tensor(loss.item())
''',
}
