"""Slip (cross_entropy), detach in the wrong place: the student reads the true-class logits from logits.detach()
("I only need their values") and the log-sum-exp from the logits themselves. The VALUE is exactly the cross-entropy
for every input (stable: row max; by hand), but autograd sees only the LSE term, so the gradient is softmax / n
instead of (softmax - one_hot) / n: it no longer pulls the true class up (training with it only flattens the
logits). One honest slip that breaks the gradient: gradient lost (2) -> 13. (Value, stability and the work by hand are
right and should stand; a message should name the missing -one_hot / the detach, not call the loss a junk answer.)"""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    top = logits.max(dim=1, keepdim=True).values
    log_sum_exp = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits.detach()[torch.arange(len(targets)), targets]   # just the values
    return (log_sum_exp - right).mean()
''',
}
