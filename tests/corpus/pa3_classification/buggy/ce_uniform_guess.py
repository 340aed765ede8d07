"""junk: cross_entropy returns log(K), the loss of a classifier that gives every class 1/K, plus 0 * logits.sum() so that it stays attached to autograd: a tensor of the right shape that depends only on the number of classes, not on the logits' values or the targets (its gradient is zero): nothing -> 0."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    # a classifier that knows nothing gives each of the K classes 1/K: its loss is log K
    k = logits.shape[1]
    return (logits * 0).sum() + torch.log(torch.tensor(float(k)))
''',
}
