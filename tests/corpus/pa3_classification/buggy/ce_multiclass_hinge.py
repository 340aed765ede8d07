"""Junk (cross_entropy): another loss with the asked properties. The function returns the multiclass hinge loss (Weston-Watkins / the SVM loss of CS231n), mean_i sum_{k != y_i} max(0, 1 + z_ik - z_iy_i), written by hand: a one-element tensor, non-negative, attached to autograd, following the logits and the targets, unchanged when a row is raised by 1000 (it only uses differences of logits) and free of F.cross_entropy. But it is not the cross-entropy: no log-sum-exp, no softmax; its value is not the mean -log p and its gradient is not softmax - one_hot. Form without substance: cross_entropy 0 (as buggy/ce_sine_of_true_logit; it must not collect stable 4 + by_hand 2 for being shift-invariant)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    true_logit = logits[torch.arange(n), targets].unsqueeze(1)
    margins = torch.clamp(1.0 + logits - true_logit, min=0.0)
    margins = margins.masked_fill(F.one_hot(targets, logits.shape[1]).bool(), 0.0)
    return margins.sum(dim=1).mean()
''',
}
