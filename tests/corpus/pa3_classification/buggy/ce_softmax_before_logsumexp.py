"""Slip (cross_entropy): the student turns the logits into probabilities first (torch.softmax(logits, dim=1)) and then applies the log-sum-exp formula to the probabilities: mean(LSE(p_i) - p_{i,y_i}). The classic "softmax before cross-entropy" mistake. The value is wrong and so is the gradient (not along softmax - one_hot); it is by hand, one element, follows logits and targets, and is shift-invariant (softmax ignores a row's +1000), so stable is kept: loses value (7) and gradient (2) -> 6 (as buggy/ce_forgets_to_add_max_back)."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    probs = torch.softmax(logits, dim=1)          # class probabilities
    n = probs.shape[0]
    lse = torch.logsumexp(probs, dim=1)
    return (lse - probs[torch.arange(n), targets]).mean()
''',
}
