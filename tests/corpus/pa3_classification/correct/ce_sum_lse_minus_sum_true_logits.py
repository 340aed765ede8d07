"""Correct (cross_entropy), another order of operations: the loss is written as (sum_i LSE(z_i) - sum_i z_{i,y_i}) / n,
the two sums taken separately and subtracted once, then divided by n (the notebook's formula with the sum split
in two). LSE by torch.logsumexp (stable: the row maximum is taken out), the true-class logits by gather with
targets.view(-1, 1). Mathematically the mean of LSE(z_i) - z_{i,y_i}; in float32 the two sums are large when the
logits are (rows raised by 1000: sums of several thousands), so their difference carries the rounding of the sums,
a few 1e-4 at most for the batches here, the same order as the float32 rounding of the logits themselves (1000 has
an ulp of 6e-5). Any n (one row included), any K, float32 or float64, autograd intact, no ready-made loss: fully
correct, and a fair grader accepts float32 rounding in another summation order."""

EXPECTED = {'linear_classifier': 10, 'mlp': 10, 'cross_entropy': 15, 'train_epoch': 25, 'evaluate': 20, 'plot_curves': 10, 'discussion': None}

ANSWERS = {
    'cross_entropy_answer': r'''
def cross_entropy(logits, targets):
    """Mean cross-entropy of logits against class indices, computed stably."""
    n = logits.shape[0]
    lse = torch.logsumexp(logits, dim=1)                      # (n,), max taken out inside
    true_logits = logits.gather(1, targets.view(-1, 1)).view(-1)
    # L = (1/n) * (sum_i LSE(z_i) - sum_i z_{i, y_i})
    return (lse.sum() - true_logits.sum()) / n
''',
}
