"""Slip (cross_entropy), only stable for logits close together: the student shifts each row by its MINIMUM instead of its maximum ("subtract the smallest so every exponent starts at 0"), lse = min + log(sum(exp(z - min))). The value and gradient are exact whenever exp does not overflow, and adding the same 1000 to a whole row changes nothing (z - min is unchanged); but a row whose logits spread by more than ~88 (e.g. the self-check's [-1000, 0, 1000]) overflows to inf. The spec asks for the log-sum-exp with the row max, where every exponent is <= 0: loses stable (4) -> 11. (A stability probe that only raises whole rows cannot tell min from max: the grader should also spread a row.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 11, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': '''
def cross_entropy(logits, targets):
    n = logits.shape[0]
    low = logits.min(dim=1, keepdim=True).values  # shift so that exponents start at 0
    lse = low.squeeze(1) + torch.log(torch.exp(logits - low).sum(dim=1))
    return (lse - logits[torch.arange(n), targets]).mean()
''',
}
