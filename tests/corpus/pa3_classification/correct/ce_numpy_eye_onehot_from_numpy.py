"""Correct (cross_entropy), NumPy habit: the one-hot matrix of the targets is built the NumPy way,
np.eye(K)[targets.numpy()], and brought back with torch.from_numpy(...).to(logits' device and dtype). The targets
need no gradient, so leaving autograd for them costs nothing; the logits stay torch all along: each row is shifted
by its own amax (stable), the true-class logit is the row sum of one_hot * logits, and the mean of lse - z_y is
returned. Value, stability, gradient (softmax - one_hot) / n and the work by hand all right: full marks."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n, k = logits.shape
    # one-hot rows the NumPy way (the targets never need a gradient), then back to torch
    one_hot = torch.from_numpy(np.eye(k)[targets.cpu().numpy()]).to(device=logits.device, dtype=logits.dtype)
    m = logits.amax(dim=1, keepdim=True)
    lse = m.squeeze(1) + (logits - m).exp().sum(dim=1).log()
    z_true = (one_hot * logits).sum(dim=1)
    return (lse - z_true).mean()
''',
}
