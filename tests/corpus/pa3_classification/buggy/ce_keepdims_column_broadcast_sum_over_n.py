"""Slip (cross_entropy), NumPy keepdims habit: the student keeps keepdim=True all the way, so the log-sum-exp is a
column (n, 1), while the true-class logits picked by advanced indexing are a row (n,). lse - right then broadcasts
silently to an (n, n) matrix (lse_i - z_{j, y_j}), and sum() / n over its n*n entries is
sum_i lse_i - sum_j z_{j,y_j} = n times the mean cross-entropy. Stable (row max), by hand, a scalar whose gradient
points along softmax - one_hot (n times too long); the value is the SUM over the batch, not the mean (right only
for a batch of one): loses value (7) -> 8, as a sum instead of a mean would."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 8, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    m = logits.max(dim=1, keepdim=True).values                              # (n, 1)
    lse = m + torch.log(torch.exp(logits - m).sum(dim=1, keepdim=True))     # (n, 1)
    right = logits[torch.arange(n), targets]                                # (n,)
    return (lse - right).sum() / n
''',
}
