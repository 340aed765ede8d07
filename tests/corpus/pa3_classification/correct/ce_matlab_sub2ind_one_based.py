"""Correct (cross_entropy), MATLAB habit done right: the student thinks in 1-based subscripts and picks the
true-class logits with a linear index, as sub2ind would: rows i = 1..n, columns j = targets + 1, and for a
row-major tensor the 0-based linear index (i - 1) * K + (j - 1), read from logits.reshape(-1). Every +1 is undone
by its -1, so each row's own true-class logit is picked. The log-sum-exp is shifted by each row's max (m[:, None]),
the result is sum(lse - z_y) / n: the mean. Value, stability, gradient and by hand all right: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n, K = logits.shape
    i = torch.arange(1, n + 1, device=logits.device)   # MATLAB rows 1..n
    j = targets + 1                                      # MATLAB columns 1..K
    idx = (i - 1) * K + (j - 1)                          # sub2ind for a row-major array, 0-based again
    z_true = logits.reshape(-1)[idx]
    m = logits.max(dim=1).values
    lse = m + torch.log(torch.sum(torch.exp(logits - m[:, None]), dim=1))
    return torch.sum(lse - z_true) / n
''',
}
