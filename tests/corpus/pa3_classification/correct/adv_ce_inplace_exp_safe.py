"""Advanced style (cross_entropy): in-place operations used safely. The true-class logits are picked first (gather); shifted = logits - m is a fresh non-leaf tensor, so shifted.exp_() may overwrite it (exp's backward needs its result, which the in-place op records); the row sums are taken from it, lse = m + sum.log_(), and the mean of lse - picked is returned. No leaf is modified, no tensor autograd still needs is overwritten: value, stability and gradient all right."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    picked = logits.gather(1, targets.unsqueeze(1)).squeeze(1)
    m = logits.amax(dim=1)
    shifted = logits - m.unsqueeze(1)      # a new tensor: safe to overwrite
    shifted.exp_()
    lse = shifted.sum(dim=1).log_().add_(m)
    return lse.sub_(picked).mean()
''',
}
