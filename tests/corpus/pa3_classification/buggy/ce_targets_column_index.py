"""Slip (cross_entropy): (n, 1) vs (n,) mix-up. The student makes the targets a column, t = targets.view(-1, 1) ("as gather wants"), but then picks with advanced indexing, logits[torch.arange(n), t]: arange (n,) and t (n, 1) broadcast to an (n, n) table whose entry (j, i) is z_{i, y_j}; lse (n,) minus that table broadcasts again and the mean runs over all n*n entries: mean(lse) - mean_{i,j} z_{i, y_j}. Stable (max shift), by hand, one element, but the value and the gradient are wrong: loses value (7) and gradient (2) -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    t = targets.view(-1, 1)
    m = logits.max(dim=1).values
    lse = m + torch.log(torch.exp(logits - m[:, None]).sum(dim=1))
    picked = logits[torch.arange(n), t]
    return (lse - picked).mean()
''',
}
