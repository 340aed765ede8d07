"""Slip (cross_entropy), NumPy/SciPy habit: the student computes the log-sum-exp the way they know from
scipy.special.logsumexp, in NumPy: logits.detach().numpy(), row max with keepdims, m + log(sum(exp(z - m))), and
brings it back with torch.from_numpy(...).to(logits.dtype). The true-class logit is picked from the logits
themselves. The VALUE is exactly the cross-entropy, stable for logits near 1000, by hand, one element; but autograd
sees only -z_y: the gradient is -one_hot / n instead of (softmax - one_hot) / n (training with it only pushes the
true logit up, never the others down). Loses gradient (2) -> 13."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 13, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    z = logits.detach().cpu().numpy()
    m = z.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))).squeeze(1)   # scipy.special.logsumexp(z, axis=1)
    lse = torch.from_numpy(lse).to(device=logits.device, dtype=logits.dtype)
    right = logits[torch.arange(len(targets)), targets]
    return (lse - right).mean()
''',
}
