"""junk: cross_entropy returns the mean of sin(z_{i,y_i}), the sine of each row's true-class logit, plus 1: no log-sum-exp, no probabilities, nothing of the cross-entropy. It is written by hand, it is one element, and it follows the logits and the targets (its value and its gradient, cos(z_iy) one_hot / n, both change when the targets do), which is all the substance guard asks; its value is not the loss, its gradient does not point along softmax - one_hot, and raising rows by 1000 changes it (sin(z + 1000) != sin(z)). Form without substance: nothing -> 0 (as ce_lse_minus_mean_plus_target_mean, which "must not collect stable 4 + by_hand 2")."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 0, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    picked = logits[torch.arange(len(targets)), targets]
    return torch.sin(picked).mean() + 1.0
''',
}
