"""cross_entropy as -F.log_softmax(logits, dim=1).gather(1, targets.unsqueeze(1)).mean(dim=0): log_softmax is the stable log-sum-exp (allowed), gather picks the true class, and the mean over dim 0 of the (n, 1) column leaves a tensor of shape (1,): one element, as the self-check asks ("a one-element tensor"). Fully correct."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    log_probs = F.log_softmax(logits, dim=1)                 # stable: log-sum-exp inside
    picked = log_probs.gather(1, targets.unsqueeze(1))       # (n, 1): log p of the true class
    return -picked.mean(dim=0)                               # shape (1,): one element
''',
}
