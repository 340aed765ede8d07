"""cross_entropy shifts each row by its own maximum before exp, but forgets to add the maximum back: it returns the mean of log(sum exp(z - m)) - z_y instead of m + log(sum exp(z - m)) - z_y. Nothing overflows (the shift is there), it is by hand and one-element, but the value is wrong and so is the gradient ((softmax - one_hot(argmax) - one_hot(y)) / n). The loss changes when rows are raised by 1000 only because its formula is wrong, which the value already pays for: loses value (7) and gradient (2), keeps stable and by_hand -> 6."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    m = logits.max(dim=1, keepdim=True).values
    log_sum_exp = torch.log(torch.exp(logits - m).sum(dim=1))
    right = logits[torch.arange(len(targets)), targets]
    return (log_sum_exp - right).mean()
''',
}
