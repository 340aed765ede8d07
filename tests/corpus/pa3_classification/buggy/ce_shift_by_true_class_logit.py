"""Slip (cross_entropy), stable only when the true class is near the top: the student rewrites each example's loss as LSE(z) - z_y = log sum_k exp(z_k - z_y) and computes it by hand with exp(logits - z_y) ('every exponent is relative to the true class'). Value and gradient exact; raising a row by any constant changes nothing. But the exponents are at most 0 only when the true class has the largest logit: a confidently WRONG prediction (a rival logit more than ~88 above the true class's in float32, e.g. logits [1000, 0] with target 1) overflows to inf, where the loss is 1000. The notebook asks for the shift by each row's maximum. Loses stable (4) -> 11. (The notebook's self-check has rivals at most 10 above the truth, and passes.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 11, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    z_true = logits[torch.arange(n), targets]
    # -log p_y = log sum_k exp(z_k - z_y): every exponent is measured from the true class
    return torch.log(torch.exp(logits - z_true[:, None]).sum(dim=1)).mean()
''',
}
