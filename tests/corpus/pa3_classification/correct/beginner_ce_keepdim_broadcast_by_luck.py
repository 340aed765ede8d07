"""Beginner style (cross_entropy): the student keeps keepdim=True all the way, so the log-sum-exp is a column of shape (n, 1), while the true-class logits picked by advanced indexing have shape (n,): lse - picked silently broadcasts to an (n, n) table whose entry (i, j) is lse_i - z_{j, y_j}. Its mean over all n*n entries is mean(lse) - mean(picked), which is EXACTLY the mean cross-entropy (the mean is linear), and so is its gradient. A shape mix-up that happens to change nothing: by behaviour fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    m = logits.max(dim=1, keepdim=True).values
    lse = m + torch.log(torch.exp(logits - m).sum(dim=1, keepdim=True))   # shape (n, 1)
    picked = logits[torch.arange(logits.shape[0]), targets]                # shape (n,)
    return (lse - picked).mean()
''',
}
