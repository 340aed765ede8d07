"""cross_entropy shifts each row by its amax, takes log(sum(exp)) of the shifted row, and picks the true class's SHIFTED logit with a boolean class mask built by broadcasting arange(K) == targets[:, None] and torch.where(mask, shifted, 0).sum(1); the max cancels in lse - z_y, so it is never added back; divides the sum by n: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    n, k = logits.shape
    shifted = logits - logits.amax(dim=1, keepdim=True)      # every entry <= 0
    lse = shifted.exp().sum(dim=1).log()                      # LSE(z) - max
    mask = torch.arange(k, device=logits.device)[None, :] == targets[:, None]
    true_shifted = torch.where(mask, shifted, torch.zeros_like(shifted)).sum(dim=1)   # z_y - max
    per_example = lse - true_shifted                          # the max cancels
    return per_example.sum() / n
''',
}
