"""Slip (cross_entropy), MATLAB/R 1-based habit: the student believes class labels run 1..K and picks the true-class
logit at column targets - 1 ("labels are 1-based, columns 0-based"). With 0-based targets that is the class BEFORE
the true one (class 0 wraps round to the last column via index -1). The log-sum-exp is right and stable (row max),
the work is by hand and the result a scalar, but the loss is the cross-entropy against the wrong classes, and its
gradient is softmax - one_hot(y - 1): loses value (7) and gradient (2) -> 6. Stability and by hand stand."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 6, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    top = logits.max(dim=1, keepdim=True).values
    lse = top.squeeze(1) + torch.log(torch.exp(logits - top).sum(dim=1))
    right = logits[torch.arange(n), targets - 1]   # labels 1..K -> columns 0..K-1
    return (lse - right).mean()
''',
}
