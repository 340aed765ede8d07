"""Advanced style (cross_entropy): the log-sum-exp written through a different identity. With m the row max, sum_k exp(z_k - m) = 1 + sum_{k != argmax} exp(z_k - m), so LSE = m + log1p(sum of the others), the others selected with torch.where on a mask of the argmax (each row's largest entry replaced by -inf before exp); the true-class logit is picked with torch.einsum("nk,nk->n", logits, one_hot). The identity is exact and stable (every exponent <= 0): fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    n, k = logits.shape
    top, where_top = logits.max(dim=1, keepdim=True)
    is_top = torch.arange(k) == where_top            # (n, k), exactly one True per row
    others = torch.where(is_top, torch.full_like(logits, float("-inf")), logits - top)
    lse = top.squeeze(1) + torch.log1p(others.exp().sum(dim=1))
    one_hot = (torch.arange(k) == targets[:, None]).to(logits.dtype)
    true_logit = torch.einsum("nk,nk->n", logits, one_hot)
    return (lse - true_logit).mean()
''',
}
