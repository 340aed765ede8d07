"""cross_entropy computed in float64 (logits.double()) with each row's max detached (a constant shift cancels in the gradient), the true-class logits picked with a one-hot boolean mask and torch.masked_select, the result cast back to the logits' dtype: fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    z = logits.double()  # float64 for the sums; the result goes back to the logits' dtype
    m = z.max(dim=1, keepdim=True).values.detach()  # a shift by a constant: it cancels in the gradient
    lse = m.squeeze(1) + (z - m).exp().sum(dim=1).log()
    mask = F.one_hot(targets, num_classes=z.shape[1]).bool()
    picked = torch.masked_select(z, mask)  # row-major: one true-class logit per row, in row order
    return (lse - picked).mean().to(logits.dtype)
''',
}
