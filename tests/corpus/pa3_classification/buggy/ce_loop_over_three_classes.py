"""Slip (cross_entropy), fixed range instead of the input's size: the log-sum-exp sums exp(z_k - m) in a Python loop `for k in range(3)` ("one term per spiral"), m the row max over all columns, then picks the true-class logit by advanced indexing and averages. Right for K = 3 (stable, by hand), but for K != 3 the sum leaves out classes (or indexes past the end), so the value and its gradient are wrong: loses value (7) and gradient (2) -> 6 (as buggy/ce_targets_column_index). Stability and by-hand are shown on the 3-class data."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    m = logits.max(dim=1).values
    total = torch.zeros(n)
    for k in range(3):  # one term per class (three spirals)
        total = total + torch.exp(logits[:, k] - m)
    lse = m + torch.log(total)
    return (lse - logits[torch.arange(n), targets]).mean()
''',
}
