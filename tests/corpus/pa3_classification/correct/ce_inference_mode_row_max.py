"""Correct (cross_entropy), assistant idiom: the row maximum used for the log-sum-exp shift is computed inside
`with torch.inference_mode():` ("the shift is a constant, no autograd needed for it"), then used OUTSIDE it both in
the exponent and where it is added back. Because the same constant m appears in both places, m + log sum exp(z - m)
is the log-sum-exp exactly and its gradient is softmax(z) whatever m is: treating m as a constant is right (an
inference tensor may be used by later autograd ops that do not save it: subtraction and addition do not). The true
class logit is picked with gather. Stable, by hand, mean over the batch, right gradient: full marks everywhere."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    # The shift only keeps exp() in range: it is a constant, so autograd need not see it.
    with torch.inference_mode():
        shift = logits.amax(dim=-1, keepdim=True)
    log_sum_exp = (logits - shift).exp().sum(dim=-1, keepdim=True).log() + shift   # (n, 1)
    true_logit = logits.gather(dim=-1, index=targets.long().unsqueeze(-1))           # (n, 1)
    return (log_sum_exp - true_logit).squeeze(-1).mean()
''',
}
